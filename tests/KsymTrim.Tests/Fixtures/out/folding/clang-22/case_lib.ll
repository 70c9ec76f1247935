source_filename = "src/folding/case_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_vectors(i32 noundef %0, ptr noundef writeonly captures(none) initializes((0, 8)) %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = tail call i64 @read_count() #3
  %6 = shl i64 %5, 8
  %7 = and i64 %6, 1099511627520
  br label %8

8:                                                ; preds = %4, %2
  %9 = phi i64 [ %7, %4 ], [ 512, %2 ]
  %10 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 1099511627521) %9)
  %11 = icmp ne i64 %9, 0
  %12 = and i1 %10, %11
  br i1 %12, label %13, label %19

13:                                               ; preds = %8
  %14 = icmp samesign ugt i64 %9, 8192
  br i1 %14, label %15, label %17

15:                                               ; preds = %13
  %16 = tail call ptr @kmalloc_large(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

17:                                               ; preds = %13
  %18 = tail call ptr @kmalloc_small(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

19:                                               ; preds = %8
  %20 = tail call ptr @__kmalloc(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

21:                                               ; preds = %19, %17, %15
  %22 = phi ptr [ %16, %15 ], [ %18, %17 ], [ %20, %19 ]
  store ptr %22, ptr %1, align 8, !tbaa !7
  ret ptr %22
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_vectors_big(i32 noundef %0, ptr noundef writeonly captures(none) initializes((0, 8)) %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = tail call i64 @read_count() #3
  %6 = shl i64 %5, 8
  %7 = and i64 %6, 1099511627520
  br label %8

8:                                                ; preds = %4, %2
  %9 = phi i64 [ %7, %4 ], [ 10240, %2 ]
  %10 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 1099511627521) %9)
  %11 = icmp ne i64 %9, 0
  %12 = and i1 %10, %11
  br i1 %12, label %13, label %19

13:                                               ; preds = %8
  %14 = icmp samesign ugt i64 %9, 8192
  br i1 %14, label %15, label %17

15:                                               ; preds = %13
  %16 = tail call ptr @kmalloc_large(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

17:                                               ; preds = %13
  %18 = tail call ptr @kmalloc_small(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

19:                                               ; preds = %8
  %20 = tail call ptr @__kmalloc(i64 noundef range(i64 0, 1099511627521) %9, i32 noundef 1) #3
  br label %21

21:                                               ; preds = %19, %17, %15
  %22 = phi ptr [ %16, %15 ], [ %18, %17 ], [ %20, %19 ]
  store ptr %22, ptr %1, align 8, !tbaa !7
  ret ptr %22
}

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }

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
!8 = !{!"any pointer", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/case_lib.o", hash: (1922476570, 3905682990, 1558291434, 774490558, 2069547228))
^1 = gv: (name: "alloc_vectors", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 22, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7, tail: 1), (callee: ^3, tail: 1), (callee: ^2, tail: 1), (callee: ^4, tail: 1))))) ; guid = 3417082989024018402
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "alloc_vectors_big", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 22, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7, tail: 1), (callee: ^3, tail: 1), (callee: ^2, tail: 1), (callee: ^4, tail: 1))))) ; guid = 11950687245789430297
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = gv: (name: "read_count") ; guid = 16331612162091985390
^8 = blockcount: 0
