source_filename = "src/folding/given_own.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@last_own = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @note_set(i32 noundef %0) local_unnamed_addr #0 {
  store i32 %0, ptr @last_own, align 4, !tbaa !3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local ptr @given_own() local_unnamed_addr #1 {
  %1 = tail call ptr @new_pair() #3
  %2 = tail call ptr @alloc_set(ptr noundef %1) #3
  ret ptr %2
}

; Function Attrs: noredzone
declare dso_local ptr @alloc_set(ptr noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @new_pair() local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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

^0 = module: (path: "out/folding/clang-22/given_own.o", hash: (3698771843, 767673926, 2210094626, 2852153625, 770011580))
^1 = gv: (name: "note_set", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^2)))) ; guid = 2240359213337226005
^2 = gv: (name: "last_own", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 3282890178875867850
^3 = gv: (name: "alloc_set") ; guid = 4395613569597736709
^4 = gv: (name: "given_own", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1), (callee: ^3, tail: 1))))) ; guid = 7397602608651555634
^5 = gv: (name: "new_pair") ; guid = 17732718287982733233
^6 = blockcount: 0
