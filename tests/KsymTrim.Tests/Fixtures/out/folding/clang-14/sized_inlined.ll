source_filename = "src/folding/sized_inlined.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @sized_inlined(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i64 @fill_new(i64 noundef 64, i64 noundef %0) #2
  ret i64 %2
}

; Function Attrs: noredzone
declare dso_local i64 @fill_new(i64 noundef, i64 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/sized_inlined.o", hash: (452454728, 2716051618, 1448912119, 1226914706, 1557254697))
^1 = gv: (name: "sized_inlined", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2))))) ; guid = 3847691478741000658
^2 = gv: (name: "fill_new") ; guid = 10086643008192010253
^3 = blockcount: 1
