source_filename = "src/folding/local_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_cfg(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !7
  %3 = tail call i1 @llvm.is.constant.i64(i64 %2)
  %4 = icmp ne i64 %2, 0
  %5 = and i1 %3, %4
  br i1 %5, label %6, label %12

6:                                                ; preds = %1
  %7 = icmp ugt i64 %2, 8192
  br i1 %7, label %8, label %10

8:                                                ; preds = %6
  %9 = tail call ptr @kmalloc_large(i64 noundef %2, i32 noundef 1) #6
  br label %14

10:                                               ; preds = %6
  %11 = tail call ptr @kmalloc_small(i64 noundef %2, i32 noundef 1) #6
  br label %14

12:                                               ; preds = %1
  %13 = tail call ptr @__kmalloc(i64 noundef %2, i32 noundef 1) #6
  br label %14

14:                                               ; preds = %12, %10, %8
  %15 = phi ptr [ %9, %8 ], [ %11, %10 ], [ %13, %12 ]
  ret ptr %15
}

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_into(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i64 @llvm.objectsize.i64.p0(ptr %0, i1 false, i1 true, i1 false)
  %4 = trunc i64 %3 to i32
  %5 = icmp sgt i32 %4, -1
  %6 = and i64 %3, 2147483647
  %7 = icmp ult i64 %6, %1
  %8 = and i1 %5, %7
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = tail call i1 @llvm.is.constant.i64(i64 %1)
  br i1 %10, label %12, label %11

11:                                               ; preds = %9
  tail call void @copy_overflow(i32 noundef %4, i64 noundef %1) #6
  br label %15

12:                                               ; preds = %9
  tail call void @bad_copy() #6
  br label %15

13:                                               ; preds = %2
  %14 = tail call i64 @copy_raw(ptr noundef %0, i64 noundef %1) #6
  br label %15

15:                                               ; preds = %13, %12, %11
  %16 = phi i64 [ %14, %13 ], [ -1, %11 ], [ -1, %12 ]
  ret i64 %16
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(argmem: write)
define dso_local void @init_pair(ptr noundef writeonly captures(none) initializes((0, 4), (8, 16)) %0) local_unnamed_addr #2 {
  store i32 1, ptr %0, align 8, !tbaa !10
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store i64 10000, ptr %2, align 8, !tbaa !12
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local ptr @fill_then_alloc(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  %3 = tail call i64 @read_count() #6
  %4 = trunc i64 %3 to i32
  store i32 %4, ptr %2, align 4, !tbaa !3
  call void %0(ptr noundef nonnull %2) #6
  %5 = load i32, ptr %2, align 4, !tbaa !3
  %6 = sext i32 %5 to i64
  %7 = call i1 @llvm.is.constant.i64(i64 %6)
  %8 = icmp ne i32 %5, 0
  %9 = and i1 %7, %8
  br i1 %9, label %10, label %16

10:                                               ; preds = %1
  %11 = icmp ugt i32 %5, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = call ptr @kmalloc_large(i64 noundef %6, i32 noundef 1) #6
  br label %18

14:                                               ; preds = %10
  %15 = call ptr @kmalloc_small(i64 noundef %6, i32 noundef 1) #6
  br label %18

16:                                               ; preds = %1
  %17 = call ptr @__kmalloc(i64 noundef %6, i32 noundef 1) #6
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi ptr [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  ret ptr %19
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.objectsize.i64.p0(ptr, i1 immarg, i1 immarg, i1 immarg) #5

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(argmem: write) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !9, i64 0}
!8 = !{!"cfg", !9, i64 0}
!9 = !{!"long", !5, i64 0}
!10 = !{!11, !4, i64 0}
!11 = !{!"pair", !4, i64 0, !9, i64 8}
!12 = !{!11, !9, i64 8}

^0 = module: (path: "out/folding/clang-22/local_lib.o", hash: (3891488054, 1623598569, 1454321181, 3997943217, 2225661935))
^1 = gv: (name: "llvm.objectsize.i64.p0") ; guid = 1024607402952143861
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^5 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^6 = gv: (name: "init_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 6298222958248292992
^7 = gv: (name: "fill_then_alloc", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 23, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^15, tail: 1), (callee: ^8), (callee: ^5), (callee: ^10))))) ; guid = 8531466726109365237
^8 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^9 = gv: (name: "copy_into", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^2, tail: 1), (callee: ^3, tail: 1))))) ; guid = 8869596256378732152
^10 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^11 = gv: (name: "alloc_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8, tail: 1), (callee: ^5, tail: 1), (callee: ^10, tail: 1))))) ; guid = 12442177271883756813
^12 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^13 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^14 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^15 = gv: (name: "read_count") ; guid = 16331612162091985390
^16 = blockcount: 0
