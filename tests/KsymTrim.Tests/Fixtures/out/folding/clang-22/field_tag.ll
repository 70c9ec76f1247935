source_filename = "src/folding/field_tag.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @field_tag(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @make_pair(i64 noundef %0) #3
  %3 = load i32, ptr %2, align 8, !tbaa !7
  %4 = sext i32 %3 to i64
  %5 = mul nsw i64 %4, 10000
  %6 = tail call i1 @llvm.is.constant.i64(i64 range(i64 -21474836480000, 21474836470001) %5)
  %7 = icmp ne i32 %3, 0
  %8 = and i1 %6, %7
  br i1 %8, label %9, label %15

9:                                                ; preds = %1
  %10 = icmp ugt i64 %5, 8192
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = tail call ptr @kmalloc_large(i64 noundef range(i64 -21474836480000, 21474836470001) %5, i32 noundef 1) #3
  br label %17

13:                                               ; preds = %9
  %14 = tail call ptr @kmalloc_small(i64 noundef range(i64 -21474836480000, 21474836470001) %5, i32 noundef 1) #3
  br label %17

15:                                               ; preds = %1
  %16 = tail call ptr @__kmalloc(i64 noundef range(i64 -21474836480000, 21474836470001) %5, i32 noundef 1) #3
  br label %17

17:                                               ; preds = %15, %13, %11
  %18 = phi ptr [ %12, %11 ], [ %14, %13 ], [ %16, %15 ]
  ret ptr %18
}

; Function Attrs: noredzone
declare dso_local ptr @make_pair(i64 noundef) local_unnamed_addr #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
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
!7 = !{!8, !4, i64 0}
!8 = !{!"pair", !4, i64 0, !9, i64 8}
!9 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/field_tag.o", hash: (3994811813, 1379045053, 2715517755, 1456879845, 285377130))
^1 = gv: (name: "make_pair") ; guid = 1248870633037018039
^2 = gv: (name: "field_tag", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1), (callee: ^4, tail: 1), (callee: ^3, tail: 1), (callee: ^5, tail: 1))))) ; guid = 2834495090096533242
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 0
