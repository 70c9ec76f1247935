source_filename = "src/folding/ctx_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_n(i32 noundef %0) local_unnamed_addr #0 {
  %2 = shl i32 %0, 4
  %3 = zext i32 %2 to i64
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #3
  %5 = icmp ne i32 %2, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i32 %2, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #4
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #4
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #4
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { convergent nofree nosync nounwind readnone willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/ctx_lib.o", hash: (1461283471, 2537985257, 1505992026, 1208892894, 2374747698))
^1 = gv: (name: "alloc_n", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^2), (callee: ^4))))) ; guid = 4779724175679046547
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 6
