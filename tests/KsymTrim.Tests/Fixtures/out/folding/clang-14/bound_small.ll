source_filename = "src/folding/bound_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@limit_count = external dso_local local_unnamed_addr global i32, align 4

; Function Attrs: noredzone nounwind
define dso_local i8* @bound_small_caller() local_unnamed_addr #0 {
  %1 = load i32, i32* @limit_count, align 4, !tbaa !3
  %2 = and i32 %1, 32767
  %3 = add nsw i32 %2, -255
  %4 = icmp ult i32 %3, -254
  br i1 %4, label %7, label %5

5:                                                ; preds = %0
  %6 = tail call i8* @alloc_bounded(i32 noundef %2) #3
  br label %7

7:                                                ; preds = %5, %0
  %8 = phi i8* [ %6, %5 ], [ null, %0 ]
  ret i8* %8
}

; Function Attrs: noredzone
declare dso_local i8* @alloc_bounded(i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i8* @bound_small_entries() local_unnamed_addr #0 {
  %1 = load i32, i32* @limit_count, align 4, !tbaa !3
  %2 = icmp ugt i32 %1, 300
  br i1 %2, label %6, label %3

3:                                                ; preds = %0
  %4 = zext i32 %1 to i64
  %5 = tail call i8* @alloc_entries(i64 noundef %4) #3
  br label %6

6:                                                ; preds = %3, %0
  %7 = phi i8* [ %5, %3 ], [ null, %0 ]
  ret i8* %7
}

; Function Attrs: noredzone
declare dso_local i8* @alloc_entries(i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i8* @bound_small_local() local_unnamed_addr #0 {
  %1 = load i32, i32* @limit_count, align 4, !tbaa !3
  %2 = icmp ugt i32 %1, 31
  br i1 %2, label %13, label %3

3:                                                ; preds = %0
  %4 = zext i32 %1 to i64
  %5 = shl nuw nsw i64 %4, 4
  %6 = tail call i1 @llvm.is.constant.i64(i64 %5) #4
  %7 = icmp ne i32 %1, 0
  %8 = and i1 %7, %6
  br i1 %8, label %9, label %11

9:                                                ; preds = %3
  %10 = tail call i8* @kmalloc_small(i64 noundef %5, i32 noundef 1) #3
  br label %13

11:                                               ; preds = %3
  %12 = tail call i8* @__kmalloc(i64 noundef %5, i32 noundef 1) #3
  br label %13

13:                                               ; preds = %11, %9, %0
  %14 = phi i8* [ null, %0 ], [ %10, %9 ], [ %12, %11 ]
  ret i8* %14
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nofree nosync nounwind readnone willreturn }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/bound_small.o", hash: (3823592666, 1809447858, 3152166368, 309569273, 2938077513))
^1 = gv: (name: "alloc_bounded") ; guid = 1377719946117640635
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "bound_small_caller", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1)), refs: (readonly ^9)))) ; guid = 7290988979132280774
^4 = gv: (name: "bound_small_entries", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5)), refs: (readonly ^9)))) ; guid = 8948064298748646390
^5 = gv: (name: "alloc_entries") ; guid = 10139257143772127761
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "bound_small_local", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2), (callee: ^6)), refs: (readonly ^9)))) ; guid = 17638387771152450581
^9 = gv: (name: "limit_count") ; guid = 18325889032234619705
^10 = blockcount: 11
