source_filename = "src/folding/given_indirect.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_pair_at(%struct.pair* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 1
  %3 = load i64, i64* %2, align 8, !tbaa !3
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #4
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #5
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #5
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #5
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: noredzone nounwind
define dso_local i8* @given_indirect() local_unnamed_addr #0 {
  %1 = tail call i8* @fill_alloc(void (%struct.pair*)* noundef nonnull @set_big_size) #5
  ret i8* %1
}

; Function Attrs: noredzone
declare dso_local i8* @fill_alloc(void (%struct.pair*)* noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define internal void @set_big_size(%struct.pair* nocapture noundef writeonly %0) #2 {
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 1
  store i64 10000, i64* %2, align 8, !tbaa !3
  ret void
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !8, i64 8}
!4 = !{!"pair", !5, i64 0, !8, i64 8}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long", !6, i64 0}

^0 = module: (path: "out/folding/clang-14/given_indirect.o", hash: (3166221440, 2305533320, 1565679934, 3676781892, 1169239317))
^1 = gv: (name: "given_indirect", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2)), refs: (^6)))) ; guid = 1082904006114867990
^2 = gv: (name: "fill_alloc") ; guid = 4350229770532381900
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "alloc_pair_at", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^3), (callee: ^7))))) ; guid = 6942565402022394219
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "set_big_size", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 11256667302871262748
^7 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = blockcount: 8
