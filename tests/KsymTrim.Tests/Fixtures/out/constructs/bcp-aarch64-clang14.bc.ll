source_filename = "src/constructs/bcp.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

%struct.obj = type { i32, [16 x i8], i32 }

@size_from_memory = external dso_local local_unnamed_addr global i64, align 8

; Function Attrs: nounwind
define dso_local i8* @alloc_loaded() local_unnamed_addr #0 {
  %1 = load i64, i64* @size_from_memory, align 8, !tbaa !7
  %2 = tail call i1 @llvm.is.constant.i64(i64 %1) #7
  br i1 %2, label %3, label %9

3:                                                ; preds = %0
  %4 = icmp ugt i64 %1, 8192
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = tail call i8* @big_alloc(i64 noundef %1) #8
  br label %11

7:                                                ; preds = %3
  %8 = tail call i8* @small_alloc_const(i64 noundef %1) #8
  br label %11

9:                                                ; preds = %0
  %10 = tail call i8* @generic_alloc(i64 noundef %1) #8
  br label %11

11:                                               ; preds = %9, %7, %5
  %12 = phi i8* [ %6, %5 ], [ %8, %7 ], [ %10, %9 ]
  ret i8* %12
}

; Function Attrs: nounwind
define dso_local i8* @alloc_arg(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i1 @llvm.is.constant.i64(i64 %0) #7
  br i1 %2, label %3, label %9

3:                                                ; preds = %1
  %4 = icmp ugt i64 %0, 8192
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = tail call i8* @big_alloc(i64 noundef %0) #8
  br label %11

7:                                                ; preds = %3
  %8 = tail call i8* @small_alloc_const(i64 noundef %0) #8
  br label %11

9:                                                ; preds = %1
  %10 = tail call i8* @generic_alloc(i64 noundef %0) #8
  br label %11

11:                                               ; preds = %9, %7, %5
  %12 = phi i8* [ %6, %5 ], [ %8, %7 ], [ %10, %9 ]
  ret i8* %12
}

; Function Attrs: nounwind
define dso_local i8* @alloc_via_static() local_unnamed_addr #0 {
  %1 = tail call fastcc i8* @alloc_static() #9
  ret i8* %1
}

; Function Attrs: noinline nounwind
define internal fastcc i8* @alloc_static() unnamed_addr #1 {
  %1 = tail call i8* @small_alloc_const(i64 noundef 100) #8
  ret i8* %1
}

; Function Attrs: nounwind
define dso_local i8* @alloc_const_small() local_unnamed_addr #0 {
  %1 = tail call i8* @small_alloc_const(i64 noundef 64) #8
  ret i8* %1
}

; Function Attrs: nounwind
define dso_local i8* @alloc_const_big() local_unnamed_addr #0 {
  %1 = tail call i8* @big_alloc(i64 noundef 16384) #8
  ret i8* %1
}

; Function Attrs: nounwind
define dso_local i64 @copy_fits(%struct.obj* nocapture noundef writeonly %0, i8* noundef %1) local_unnamed_addr #0 {
  %3 = alloca [16 x i8], align 4
  %4 = getelementptr inbounds [16 x i8], [16 x i8]* %3, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #7
  %5 = call i64 @raw_copy_from_user(i8* noundef nonnull %4, i8* noundef %1, i64 noundef 16) #8
  %6 = load i8, i8* %4, align 4, !tbaa !11
  %7 = zext i8 %6 to i32
  %8 = getelementptr inbounds %struct.obj, %struct.obj* %0, i64 0, i32 0
  store i32 %7, i32* %8, align 4, !tbaa !12
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #7
  ret i64 %5
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: nounwind
define dso_local i64 @copy_var(i8* noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = alloca [32 x i8], align 1
  %4 = getelementptr inbounds [32 x i8], [32 x i8]* %3, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %4) #7
  %5 = icmp ugt i64 %1, 32
  br i1 %5, label %6, label %10

6:                                                ; preds = %2
  %7 = tail call i1 @llvm.is.constant.i64(i64 %1) #7
  br i1 %7, label %9, label %8

8:                                                ; preds = %6
  tail call void @copy_overflow(i32 noundef 32, i64 noundef %1) #8
  br label %15

9:                                                ; preds = %6
  tail call void @__bad_copy_to() #8, !srcloc !15
  br label %15

10:                                               ; preds = %2
  %11 = call i64 @raw_copy_from_user(i8* noundef nonnull %4, i8* noundef %0, i64 noundef %1) #8
  %12 = getelementptr inbounds [32 x i8], [32 x i8]* %3, i64 0, i64 1
  %13 = load i8, i8* %12, align 1, !tbaa !11
  %14 = zext i8 %13 to i64
  br label %15

15:                                               ; preds = %10, %9, %8
  %16 = phi i64 [ %14, %10 ], [ 0, %9 ], [ 0, %8 ]
  %17 = phi i64 [ %11, %10 ], [ %1, %9 ], [ %1, %8 ]
  %18 = add i64 %17, %16
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %4) #7
  ret i64 %18
}

; Function Attrs: nounwind
define dso_local i64 @copy_unknown(i8* noundef %0, i8* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i64 @llvm.objectsize.i64.p0i8(i8* %0, i1 false, i1 true, i1 false) #7
  %5 = trunc i64 %4 to i32
  %6 = icmp sgt i32 %5, -1
  br i1 %6, label %7, label %15

7:                                                ; preds = %3
  %8 = shl i64 %4, 32
  %9 = ashr exact i64 %8, 32
  %10 = icmp ult i64 %9, %2
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = tail call i1 @llvm.is.constant.i64(i64 %2) #7
  br i1 %12, label %14, label %13

13:                                               ; preds = %11
  tail call void @copy_overflow(i32 noundef %5, i64 noundef %2) #8
  br label %17

14:                                               ; preds = %11
  tail call void @__bad_copy_to() #8, !srcloc !15
  br label %17

15:                                               ; preds = %7, %3
  %16 = tail call i64 @raw_copy_from_user(i8* noundef %0, i8* noundef %1, i64 noundef %2) #8
  br label %17

17:                                               ; preds = %15, %14, %13
  %18 = phi i64 [ %16, %15 ], [ %2, %14 ], [ %2, %13 ]
  ret i64 %18
}

; Function Attrs: nounwind
define dso_local i64 @copy_field(%struct.obj* noundef %0, i8* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.obj, %struct.obj* %0, i64 0, i32 1, i64 0
  %5 = tail call i64 @llvm.objectsize.i64.p0i8(i8* nonnull %4, i1 false, i1 true, i1 false) #7
  %6 = trunc i64 %5 to i32
  %7 = icmp sgt i32 %6, -1
  br i1 %7, label %8, label %16

8:                                                ; preds = %3
  %9 = shl i64 %5, 32
  %10 = ashr exact i64 %9, 32
  %11 = icmp ult i64 %10, %2
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = tail call i1 @llvm.is.constant.i64(i64 %2) #7
  br i1 %13, label %15, label %14

14:                                               ; preds = %12
  tail call void @copy_overflow(i32 noundef %6, i64 noundef %2) #8
  br label %18

15:                                               ; preds = %12
  tail call void @__bad_copy_to() #8, !srcloc !15
  br label %18

16:                                               ; preds = %8, %3
  %17 = tail call i64 @raw_copy_from_user(i8* noundef nonnull %4, i8* noundef %1, i64 noundef %2) #8
  br label %18

18:                                               ; preds = %16, %15, %14
  %19 = phi i64 [ %17, %16 ], [ %2, %15 ], [ %2, %14 ]
  ret i64 %19
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #3

declare dso_local i8* @big_alloc(i64 noundef) local_unnamed_addr #4

declare dso_local i8* @small_alloc_const(i64 noundef) local_unnamed_addr #4

declare dso_local i8* @generic_alloc(i64 noundef) local_unnamed_addr #4

declare dso_local i64 @raw_copy_from_user(i8* noundef, i8* noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.objectsize.i64.p0i8(i8*, i1 immarg, i1 immarg, i1 immarg) #5

declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #4

declare dso_local void @__bad_copy_to() local_unnamed_addr #6

attributes #0 = { nounwind "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #1 = { noinline nounwind "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #2 = { argmemonly nofree nosync nounwind willreturn }
attributes #3 = { convergent nofree nosync nounwind readnone willreturn }
attributes #4 = { "frame-pointer"="non-leaf" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #5 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { "dontcall-error"="copy destination size is too small" "frame-pointer"="non-leaf" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin nounwind "no-builtins" }
attributes #9 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5, !6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"branch-target-enforcement", i32 0}
!2 = !{i32 1, !"sign-return-address", i32 0}
!3 = !{i32 1, !"sign-return-address-all", i32 0}
!4 = !{i32 1, !"sign-return-address-with-bkey", i32 0}
!5 = !{i32 7, !"frame-pointer", i32 1}
!6 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!9, !9, i64 0}
!12 = !{!13, !14, i64 0}
!13 = !{!"obj", !14, i64 0, !9, i64 4, !14, i64 20}
!14 = !{!"int", !9, i64 0}
!15 = !{i32 1964}

^0 = module: (path: "out/constructs/bcp-aarch64-clang14.bc", hash: (1168699757, 3446297702, 1471877490, 2265350879, 1316643532))
^1 = gv: (name: "llvm.objectsize.i64.p0i8") ; guid = 1164459210707046652
^2 = gv: (name: "small_alloc_const") ; guid = 2093382429858025324
^3 = gv: (name: "copy_field", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 19, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^18), (callee: ^6), (callee: ^21))))) ; guid = 3078385723808258167
^4 = gv: (name: "alloc_via_static", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^17))))) ; guid = 3135851524804299348
^5 = gv: (name: "copy_fits", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^21))))) ; guid = 3136961147046272693
^6 = gv: (name: "__bad_copy_to") ; guid = 3464706296391912842
^7 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^8 = gv: (name: "copy_unknown", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^18), (callee: ^6), (callee: ^21))))) ; guid = 4732726040897100103
^9 = gv: (name: "size_from_memory") ; guid = 5404613214092068299
^10 = gv: (name: "alloc_arg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^12), (callee: ^2), (callee: ^16))))) ; guid = 6003289114424926215
^11 = gv: (name: "alloc_const_small", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2))))) ; guid = 6305875147537256646
^12 = gv: (name: "big_alloc") ; guid = 7137886207222921551
^13 = gv: (name: "alloc_const_big", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^12))))) ; guid = 8563085371112064627
^14 = gv: (name: "alloc_loaded", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 13, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^12), (callee: ^2), (callee: ^16)), refs: (readonly ^9)))) ; guid = 11084581363102878592
^15 = gv: (name: "copy_var", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 21, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^18), (callee: ^6), (callee: ^21))))) ; guid = 11238070512605880410
^16 = gv: (name: "generic_alloc") ; guid = 11458436073397181242
^17 = gv: (name: "alloc_static", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2))))) ; guid = 13488156341918919528
^18 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^19 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^20 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^21 = gv: (name: "raw_copy_from_user") ; guid = 14473833690237464872
^22 = blockcount: 37
