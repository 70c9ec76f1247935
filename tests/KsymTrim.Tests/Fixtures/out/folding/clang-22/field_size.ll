source_filename = "src/folding/field_size.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @field_size(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @make_pair(i64 noundef %0) #3
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !7
  %5 = tail call i1 @llvm.is.constant.i64(i64 %4)
  %6 = icmp ne i64 %4, 0
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %1
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = tail call ptr @kmalloc_large(i64 noundef %4, i32 noundef 1) #3
  br label %16

12:                                               ; preds = %8
  %13 = tail call ptr @kmalloc_small(i64 noundef %4, i32 noundef 1) #3
  br label %16

14:                                               ; preds = %1
  %15 = tail call ptr @__kmalloc(i64 noundef %4, i32 noundef 1) #3
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi ptr [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  ret ptr %17
}

; Function Attrs: noredzone
declare dso_local ptr @make_pair(i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local ptr @field_size_given(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @make_pair(i64 noundef %0) #3
  %3 = tail call ptr @alloc_by_size(ptr noundef %2) #3
  ret ptr %3
}

; Function Attrs: noredzone
declare dso_local ptr @alloc_by_size(ptr noundef) local_unnamed_addr #1

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
!7 = !{!8, !9, i64 8}
!8 = !{!"pair", !4, i64 0, !9, i64 8}
!9 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/field_size.o", hash: (558578330, 1711151415, 3792317493, 1818182008, 4038027485))
^1 = gv: (name: "make_pair") ; guid = 1248870633037018039
^2 = gv: (name: "field_size", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1), (callee: ^6, tail: 1), (callee: ^3, tail: 1), (callee: ^7, tail: 1))))) ; guid = 1296473827237966511
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "alloc_by_size") ; guid = 5685254519347753379
^5 = gv: (name: "field_size_given", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1), (callee: ^4, tail: 1))))) ; guid = 7597024206554556558
^6 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^7 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = blockcount: 0
