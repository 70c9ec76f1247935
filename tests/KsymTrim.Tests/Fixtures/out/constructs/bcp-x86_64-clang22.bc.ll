source_filename = "src/constructs/bcp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@size_from_memory = external dso_local local_unnamed_addr global i64, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_loaded() local_unnamed_addr #0 {
  %1 = load i64, ptr @size_from_memory, align 8, !tbaa !7
  %2 = tail call i1 @llvm.is.constant.i64(i64 %1)
  br i1 %2, label %3, label %9

3:                                                ; preds = %0
  %4 = icmp ugt i64 %1, 8192
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = tail call ptr @big_alloc(i64 noundef %1) #7
  br label %11

7:                                                ; preds = %3
  %8 = tail call ptr @small_alloc_const(i64 noundef %1) #7
  br label %11

9:                                                ; preds = %0
  %10 = tail call ptr @generic_alloc(i64 noundef %1) #7
  br label %11

11:                                               ; preds = %9, %7, %5
  %12 = phi ptr [ %6, %5 ], [ %8, %7 ], [ %10, %9 ]
  ret ptr %12
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_arg(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i1 @llvm.is.constant.i64(i64 %0)
  br i1 %2, label %3, label %9

3:                                                ; preds = %1
  %4 = icmp ugt i64 %0, 8192
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = tail call ptr @big_alloc(i64 noundef %0) #7
  br label %11

7:                                                ; preds = %3
  %8 = tail call ptr @small_alloc_const(i64 noundef %0) #7
  br label %11

9:                                                ; preds = %1
  %10 = tail call ptr @generic_alloc(i64 noundef %0) #7
  br label %11

11:                                               ; preds = %9, %7, %5
  %12 = phi ptr [ %6, %5 ], [ %8, %7 ], [ %10, %9 ]
  ret ptr %12
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_via_static() local_unnamed_addr #0 {
  %1 = tail call fastcc ptr @alloc_static() #8
  ret ptr %1
}

; Function Attrs: noinline noredzone nounwind
define internal fastcc ptr @alloc_static() unnamed_addr #1 {
  %1 = tail call ptr @small_alloc_const(i64 noundef 100) #7
  ret ptr %1
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_const_small() local_unnamed_addr #0 {
  %1 = tail call ptr @small_alloc_const(i64 noundef 64) #7
  ret ptr %1
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_const_big() local_unnamed_addr #0 {
  %1 = tail call ptr @big_alloc(i64 noundef 16384) #7
  ret ptr %1
}

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_fits(ptr noundef writeonly captures(none) initializes((0, 4)) %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = alloca [16 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #9
  %4 = call i64 @raw_copy_from_user(ptr noundef nonnull %3, ptr noundef %1, i64 noundef 16) #7
  %5 = load i8, ptr %3, align 16, !tbaa !9
  %6 = sext i8 %5 to i32
  store i32 %6, ptr %0, align 4, !tbaa !10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #9
  ret i64 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_var(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = alloca [32 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #9
  %4 = icmp ugt i64 %1, 32
  br i1 %4, label %5, label %9

5:                                                ; preds = %2
  %6 = tail call i1 @llvm.is.constant.i64(i64 %1)
  br i1 %6, label %8, label %7

7:                                                ; preds = %5
  tail call void @copy_overflow(i32 noundef 32, i64 noundef %1) #7
  br label %14

8:                                                ; preds = %5
  tail call void @__bad_copy_to() #7, !srcloc !12
  br label %14

9:                                                ; preds = %2
  %10 = call i64 @raw_copy_from_user(ptr noundef nonnull %3, ptr noundef %0, i64 noundef %1) #7
  %11 = getelementptr inbounds nuw i8, ptr %3, i64 1
  %12 = load i8, ptr %11, align 1, !tbaa !9
  %13 = sext i8 %12 to i64
  br label %14

14:                                               ; preds = %9, %8, %7
  %15 = phi i64 [ %13, %9 ], [ 0, %7 ], [ 0, %8 ]
  %16 = phi i64 [ %10, %9 ], [ %1, %7 ], [ %1, %8 ]
  %17 = add i64 %16, %15
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #9
  ret i64 %17
}

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_unknown(ptr noundef %0, ptr noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i64 @llvm.objectsize.i64.p0(ptr %0, i1 false, i1 true, i1 false)
  %5 = trunc i64 %4 to i32
  %6 = icmp sgt i32 %5, -1
  %7 = and i64 %4, 2147483647
  %8 = icmp ult i64 %7, %2
  %9 = and i1 %6, %8
  br i1 %9, label %10, label %14

10:                                               ; preds = %3
  %11 = tail call i1 @llvm.is.constant.i64(i64 %2)
  br i1 %11, label %13, label %12

12:                                               ; preds = %10
  tail call void @copy_overflow(i32 noundef %5, i64 noundef %2) #7
  br label %16

13:                                               ; preds = %10
  tail call void @__bad_copy_to() #7, !srcloc !12
  br label %16

14:                                               ; preds = %3
  %15 = tail call i64 @raw_copy_from_user(ptr noundef %0, ptr noundef %1, i64 noundef %2) #7
  br label %16

16:                                               ; preds = %14, %13, %12
  %17 = phi i64 [ %15, %14 ], [ %2, %12 ], [ %2, %13 ]
  ret i64 %17
}

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_field(ptr noundef %0, ptr noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %5 = tail call i64 @llvm.objectsize.i64.p0(ptr nonnull %4, i1 false, i1 true, i1 false)
  %6 = trunc i64 %5 to i32
  %7 = icmp sgt i32 %6, -1
  %8 = and i64 %5, 2147483647
  %9 = icmp ult i64 %8, %2
  %10 = and i1 %7, %9
  br i1 %10, label %11, label %15

11:                                               ; preds = %3
  %12 = tail call i1 @llvm.is.constant.i64(i64 %2)
  br i1 %12, label %14, label %13

13:                                               ; preds = %11
  tail call void @copy_overflow(i32 noundef %6, i64 noundef %2) #7
  br label %17

14:                                               ; preds = %11
  tail call void @__bad_copy_to() #7, !srcloc !12
  br label %17

15:                                               ; preds = %3
  %16 = tail call i64 @raw_copy_from_user(ptr noundef nonnull %4, ptr noundef %1, i64 noundef %2) #7
  br label %17

17:                                               ; preds = %15, %14, %13
  %18 = phi i64 [ %16, %15 ], [ %2, %13 ], [ %2, %14 ]
  ret i64 %18
}

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local ptr @big_alloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local ptr @small_alloc_const(i64 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local ptr @generic_alloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local i64 @raw_copy_from_user(ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.objectsize.i64.p0(ptr, i1 immarg, i1 immarg, i1 immarg) #5

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local void @__bad_copy_to() local_unnamed_addr #6

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { noredzone "dontcall-error"="copy destination size is too small" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #8 = { nobuiltin noredzone "no-builtins" }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !5, i64 0}
!9 = !{!5, !5, i64 0}
!10 = !{!11, !4, i64 0}
!11 = !{!"obj", !4, i64 0, !5, i64 4, !4, i64 20}
!12 = !{i64 1964}

^0 = module: (path: "out/constructs/bcp-x86_64-clang22.bc", hash: (2509886725, 224183628, 1370983168, 330666201, 90169015))
^1 = gv: (name: "llvm.objectsize.i64.p0") ; guid = 1024607402952143861
^2 = gv: (name: "small_alloc_const") ; guid = 2093382429858025324
^3 = gv: (name: "copy_field", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1), (callee: ^21, tail: 1))))) ; guid = 3078385723808258167
^4 = gv: (name: "alloc_via_static", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^11, tail: 1))))) ; guid = 3135851524804299348
^5 = gv: (name: "copy_fits", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^21))))) ; guid = 3136961147046272693
^6 = gv: (name: "__bad_copy_to") ; guid = 3464706296391912842
^7 = gv: (name: "copy_unknown", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1), (callee: ^21, tail: 1))))) ; guid = 4732726040897100103
^8 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^9 = gv: (name: "size_from_memory") ; guid = 5404613214092068299
^10 = gv: (name: "alloc_arg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^2, tail: 1), (callee: ^17, tail: 1))))) ; guid = 6003289114424926215
^11 = gv: (name: "alloc_static", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1))))) ; guid = 6182909420289429436
^12 = gv: (name: "alloc_const_small", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1))))) ; guid = 6305875147537256646
^13 = gv: (name: "big_alloc") ; guid = 7137886207222921551
^14 = gv: (name: "alloc_const_big", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1))))) ; guid = 8563085371112064627
^15 = gv: (name: "alloc_loaded", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 13, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^2, tail: 1), (callee: ^17, tail: 1)), refs: (readonly ^9)))) ; guid = 11084581363102878592
^16 = gv: (name: "copy_var", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 20, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1), (callee: ^21))))) ; guid = 11238070512605880410
^17 = gv: (name: "generic_alloc") ; guid = 11458436073397181242
^18 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^19 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^20 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^21 = gv: (name: "raw_copy_from_user") ; guid = 14473833690237464872
^22 = blockcount: 0
