source_filename = "src/folding/sized_given.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @sized_given(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call dereferenceable_or_null(64) ptr @alloc_sized(i64 noundef 64) #3
  %3 = tail call i64 @fill_buf(ptr noundef %2, i64 noundef %0) #4
  ret i64 %3
}

; Function Attrs: noredzone
declare dso_local i64 @fill_buf(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone allocsize(0)
declare dso_local ptr @alloc_sized(i64 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noredzone allocsize(0) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin noredzone nounwind allocsize(0) "no-builtins" }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/sized_given.o", hash: (1366106671, 2529554324, 4013747381, 3824259134, 3435858509))
^1 = gv: (name: "fill_buf") ; guid = 2583548155927911211
^2 = gv: (name: "alloc_sized") ; guid = 3046554565360225346
^3 = gv: (name: "sized_given", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1), (callee: ^1, tail: 1))))) ; guid = 3879636513374757676
^4 = blockcount: 0
