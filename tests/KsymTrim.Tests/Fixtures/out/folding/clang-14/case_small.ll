source_filename = "src/folding/case_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@owner_a = dso_local global i8* null, align 8
@owner_b = dso_local global i8* null, align 8

; Function Attrs: noredzone nounwind
define dso_local i8* @case_small_shared() local_unnamed_addr #0 {
  %1 = tail call i8* @alloc_vectors(i32 noundef 1, i8** noundef nonnull @owner_a) #2
  ret i8* %1
}

; Function Attrs: noredzone
declare dso_local i8* @alloc_vectors(i32 noundef, i8** noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i8* @case_small_each() local_unnamed_addr #0 {
  %1 = tail call i8* @alloc_vectors(i32 noundef 0, i8** noundef nonnull @owner_b) #2
  ret i8* %1
}

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/case_small.o", hash: (404045927, 2672445957, 4139074857, 461270163, 1644964437))
^1 = gv: (name: "alloc_vectors") ; guid = 3417082989024018402
^2 = gv: (name: "owner_a", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8209673613901242357
^3 = gv: (name: "case_small_each", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1)), refs: (^4)))) ; guid = 8224354863262170135
^4 = gv: (name: "owner_b", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8454873997290086393
^5 = gv: (name: "case_small_shared", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1)), refs: (^2)))) ; guid = 11726166520954160643
^6 = blockcount: 2
