source_filename = "src/constructs/modasm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm ".globl asm_defined"
module asm "asm_defined: ret"
module asm ".long asm_referenced"
module asm ".weak asm_weak_defined"
module asm "asm_weak_defined: ret"

; Function Attrs: noredzone nounwind
define dso_local void @c_calls_asm() local_unnamed_addr #0 {
  tail call void @asm_defined() #2
  ret void
}

; Function Attrs: noredzone
declare dso_local void @asm_defined() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { noredzone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "no-builtins" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/modasm-x86_64-clang11.bc", hash: (3439369618, 1714901977, 4223349962, 2146301786, 1171555562))
^1 = gv: (name: "asm_defined") ; guid = 8784868044331863993
^2 = gv: (name: "c_calls_asm", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, calls: ((callee: ^1))))) ; guid = 14508717693258700225
^3 = blockcount: 1
