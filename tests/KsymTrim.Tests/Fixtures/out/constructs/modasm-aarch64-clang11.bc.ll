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

attributes #0 = { nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "no-builtins" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/modasm-aarch64-clang11.bc", hash: (1158215373, 2830826732, 3713113257, 941025264, 2130749109))
^1 = gv: (name: "asm_defined") ; guid = 8784868044331863993
^2 = gv: (name: "c_calls_asm", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, calls: ((callee: ^1))))) ; guid = 14508717693258700225
^3 = blockcount: 1
