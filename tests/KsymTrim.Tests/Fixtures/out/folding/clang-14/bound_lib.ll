source_filename = "src/folding/bound_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@limit_count = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define dso_local void @reset_count() local_unnamed_addr #0 {
  store i32 0, i32* @limit_count, align 4, !tbaa !3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_bounded(i32 noundef %0) local_unnamed_addr #1 {
  %2 = add nsw i32 %0, 1
  %3 = sext i32 %2 to i64
  %4 = shl nsw i64 %3, 3
  %5 = tail call i1 @llvm.is.constant.i64(i64 %4) #5
  %6 = icmp ne i32 %2, 0
  %7 = and i1 %6, %5
  br i1 %7, label %8, label %14

8:                                                ; preds = %1
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = tail call i8* @kmalloc_large(i64 noundef %4, i32 noundef 1) #6
  br label %16

12:                                               ; preds = %8
  %13 = tail call i8* @kmalloc_small(i64 noundef %4, i32 noundef 1) #6
  br label %16

14:                                               ; preds = %1
  %15 = tail call i8* @__kmalloc(i64 noundef %4, i32 noundef 1) #6
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi i8* [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  ret i8* %17
}

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_entries(i64 noundef %0) local_unnamed_addr #1 {
  %2 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %0, i64 24)
  %3 = extractvalue { i64, i1 } %2, 1
  %4 = extractvalue { i64, i1 } %2, 0
  %5 = add i64 %4, 16
  %6 = select i1 %3, i64 15, i64 %5
  %7 = tail call i1 @llvm.is.constant.i64(i64 %6) #5
  %8 = icmp ne i64 %6, 0
  %9 = and i1 %8, %7
  br i1 %9, label %10, label %16

10:                                               ; preds = %1
  %11 = icmp ugt i64 %6, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = tail call i8* @kmalloc_large(i64 noundef %6, i32 noundef 1) #6
  br label %18

14:                                               ; preds = %10
  %15 = tail call i8* @kmalloc_small(i64 noundef %6, i32 noundef 1) #6
  br label %18

16:                                               ; preds = %1
  %17 = tail call i8* @__kmalloc(i64 noundef %6, i32 noundef 1) #6
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi i8* [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  ret i8* %19
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #2

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_fixed() local_unnamed_addr #1 {
  %1 = tail call i8* @kmalloc_small(i64 noundef 64, i32 noundef 1) #6
  ret i8* %1
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { convergent nofree nosync nounwind readnone willreturn }
attributes #4 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/bound_lib.o", hash: (4091221578, 779866143, 3959384128, 3021080129, 4117126865))
^1 = gv: (name: "alloc_bounded", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^2), (callee: ^8))))) ; guid = 1377719946117640635
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "llvm.umul.with.overflow.i64") ; guid = 6837502597287762023
^4 = gv: (name: "alloc_fixed", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2))))) ; guid = 7591913567735327438
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "alloc_entries", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 19, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^2), (callee: ^8))))) ; guid = 10139257143772127761
^7 = gv: (name: "reset_count", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^10)))) ; guid = 11365350501744584872
^8 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^9 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^10 = gv: (name: "limit_count", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 18325889032234619705
^11 = blockcount: 14
