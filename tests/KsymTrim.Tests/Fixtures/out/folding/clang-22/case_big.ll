source_filename = "src/folding/case_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@owner_a = dso_local global ptr null, align 8
@owner_b = dso_local global ptr null, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @case_big_shared() local_unnamed_addr #0 {
  %1 = tail call ptr @alloc_vectors_big(i32 noundef 1, ptr noundef nonnull @owner_a) #2
  ret ptr %1
}

; Function Attrs: noredzone
declare dso_local ptr @alloc_vectors_big(i32 noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local ptr @case_big_each() local_unnamed_addr #0 {
  %1 = tail call ptr @alloc_vectors_big(i32 noundef 0, ptr noundef nonnull @owner_b) #2
  ret ptr %1
}

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/case_big.o", hash: (3262537278, 391233559, 1957834990, 57787938, 1877924795))
^1 = gv: (name: "owner_a", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8209673613901242357
^2 = gv: (name: "owner_b", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8454873997290086393
^3 = gv: (name: "case_big_each", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1)), refs: (^2)))) ; guid = 9949472652884360218
^4 = gv: (name: "alloc_vectors_big") ; guid = 11950687245789430297
^5 = gv: (name: "case_big_shared", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1)), refs: (^1)))) ; guid = 13413091587095476150
^6 = blockcount: 0
