source_filename = "src/folding/bound_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@limit_count = external dso_local local_unnamed_addr global i32, align 4

; Function Attrs: noredzone nounwind
define dso_local i8* @bound_big_caller() local_unnamed_addr #0 {
  %1 = load i32, i32* @limit_count, align 4, !tbaa !3
  %2 = and i32 %1, 32767
  %3 = add nsw i32 %2, -255
  %4 = icmp ult i32 %3, -254
  br i1 %4, label %7, label %5

5:                                                ; preds = %0
  %6 = tail call i8* @alloc_bounded(i32 noundef %2) #2
  br label %7

7:                                                ; preds = %5, %0
  %8 = phi i8* [ %6, %5 ], [ null, %0 ]
  ret i8* %8
}

; Function Attrs: noredzone
declare dso_local i8* @alloc_bounded(i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i8* @bound_big_literal() local_unnamed_addr #0 {
  %1 = tail call i8* @alloc_bounded(i32 noundef 1500) #2
  ret i8* %1
}

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/bound_big.o", hash: (4189537916, 181394798, 3864556522, 3936995912, 1880658450))
^1 = gv: (name: "alloc_bounded") ; guid = 1377719946117640635
^2 = gv: (name: "bound_big_literal", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1))))) ; guid = 2436620518224342086
^3 = gv: (name: "bound_big_caller", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1)), refs: (readonly ^4)))) ; guid = 10745003757741249722
^4 = gv: (name: "limit_count") ; guid = 18325889032234619705
^5 = blockcount: 4
