source_filename = "src/constructs/modasm.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

module asm ".globl asm_defined"
module asm "asm_defined: ret"
module asm ".long asm_referenced"
module asm ".weak asm_weak_defined"
module asm "asm_weak_defined: ret"

; Function Attrs: nounwind
define dso_local void @c_calls_asm() local_unnamed_addr #0 {
  tail call void @asm_defined() #2
  ret void
}

declare dso_local void @asm_defined() local_unnamed_addr #1

attributes #0 = { nounwind "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" }
attributes #1 = { "frame-pointer"="non-leaf" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5, !6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"branch-target-enforcement", i32 0}
!2 = !{i32 1, !"sign-return-address", i32 0}
!3 = !{i32 1, !"sign-return-address-all", i32 0}
!4 = !{i32 1, !"sign-return-address-with-bkey", i32 0}
!5 = !{i32 7, !"frame-pointer", i32 1}
!6 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/modasm-aarch64-clang13.bc", hash: (3553312264, 2639620655, 1187884166, 2634425366, 3505241514))
^1 = gv: (name: "asm_defined") ; guid = 8784868044331863993
^2 = gv: (name: "c_calls_asm", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, calls: ((callee: ^1))))) ; guid = 14508717693258700225
^3 = blockcount: 1
