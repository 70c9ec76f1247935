source_filename = "src/folding/global_opaque.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g_size = external dso_local local_unnamed_addr global i64, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @global_opaque() local_unnamed_addr #0 {
  %1 = tail call i64 @read_count() #2
  store i64 %1, ptr @g_size, align 8, !tbaa !7
  %2 = tail call ptr @alloc_g() #2
  ret ptr %2
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @alloc_g() local_unnamed_addr #1

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
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/global_opaque.o", hash: (2372427616, 716896816, 1152239152, 2766850343, 1215703571))
^1 = gv: (name: "g_size") ; guid = 1754788223610739316
^2 = gv: (name: "alloc_g") ; guid = 5126857871012333235
^3 = gv: (name: "global_opaque", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1), (callee: ^2, tail: 1)), refs: (writeonly ^1)))) ; guid = 8443286581000650361
^4 = gv: (name: "read_count") ; guid = 16331612162091985390
^5 = blockcount: 0
