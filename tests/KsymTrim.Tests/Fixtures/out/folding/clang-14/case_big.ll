source_filename = "src/folding/case_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@owner_a = dso_local global i8* null, align 8
@owner_b = dso_local global i8* null, align 8

; Function Attrs: noredzone nounwind
define dso_local i8* @case_big_shared() local_unnamed_addr #0 {
  %1 = tail call i8* @alloc_vectors_big(i32 noundef 1, i8** noundef nonnull @owner_a) #2
  ret i8* %1
}

; Function Attrs: noredzone
declare dso_local i8* @alloc_vectors_big(i32 noundef, i8** noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i8* @case_big_each() local_unnamed_addr #0 {
  %1 = tail call i8* @alloc_vectors_big(i32 noundef 0, i8** noundef nonnull @owner_b) #2
  ret i8* %1
}

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/case_big.o", hash: (4172196485, 2651723679, 1988333672, 489566580, 3835891974))
^1 = gv: (name: "owner_a", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8209673613901242357
^2 = gv: (name: "owner_b", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8454873997290086393
^3 = gv: (name: "case_big_each", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4)), refs: (^2)))) ; guid = 9949472652884360218
^4 = gv: (name: "alloc_vectors_big") ; guid = 11950687245789430297
^5 = gv: (name: "case_big_shared", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4)), refs: (^1)))) ; guid = 13413091587095476150
^6 = blockcount: 2
