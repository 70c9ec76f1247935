source_filename = "src/folding/global_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g_size = dso_local local_unnamed_addr global i64 0, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_g() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_size, align 8, !tbaa !7
  %2 = tail call i1 @llvm.is.constant.i64(i64 %1)
  %3 = icmp ne i64 %1, 0
  %4 = and i1 %2, %3
  br i1 %4, label %5, label %11

5:                                                ; preds = %0
  %6 = icmp ugt i64 %1, 8192
  br i1 %6, label %7, label %9

7:                                                ; preds = %5
  %8 = tail call ptr @kmalloc_large(i64 noundef %1, i32 noundef 1) #3
  br label %13

9:                                                ; preds = %5
  %10 = tail call ptr @kmalloc_small(i64 noundef %1, i32 noundef 1) #3
  br label %13

11:                                               ; preds = %0
  %12 = tail call ptr @__kmalloc(i64 noundef %1, i32 noundef 1) #3
  br label %13

13:                                               ; preds = %11, %9, %7
  %14 = phi ptr [ %8, %7 ], [ %10, %9 ], [ %12, %11 ]
  ret ptr %14
}

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/global_lib.o", hash: (1401563922, 2721298220, 21106876, 1830064374, 1335855441))
^1 = gv: (name: "g_size", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 1754788223610739316
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "alloc_g", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1), (callee: ^2, tail: 1), (callee: ^5, tail: 1)), refs: (readonly ^1)))) ; guid = 5126857871012333235
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 0
