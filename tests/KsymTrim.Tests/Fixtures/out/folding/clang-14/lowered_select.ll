source_filename = "src/folding/lowered_select.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@cpu_flags = external dso_local local_unnamed_addr global i32, align 4

; Function Attrs: noredzone nounwind
define dso_local i8* @lowered_select() local_unnamed_addr #0 {
  %1 = tail call i64 @read_count() #3
  %2 = load i32, i32* @cpu_flags, align 4, !tbaa !3
  %3 = tail call i1 @llvm.is.constant.i32(i32 %2)
  %4 = select i1 %3, i64 %1, i64 10000
  %5 = tail call i1 @llvm.is.constant.i64(i64 %4) #4
  %6 = icmp ne i64 %4, 0
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %0
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = tail call i8* @kmalloc_large(i64 noundef %4, i32 noundef 1) #3
  br label %16

12:                                               ; preds = %8
  %13 = tail call i8* @kmalloc_small(i64 noundef %4, i32 noundef 1) #3
  br label %16

14:                                               ; preds = %0
  %15 = tail call i8* @__kmalloc(i64 noundef %4, i32 noundef 1) #3
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi i8* [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  ret i8* %17
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i32(i32) #2

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

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

^0 = module: (path: "out/folding/clang-14/lowered_select.o", hash: (1263304645, 4239055598, 3075312495, 3427154637, 3988130177))
^1 = gv: (name: "llvm.is.constant.i32") ; guid = 2147705882851062306
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "cpu_flags") ; guid = 11715145032998531274
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = gv: (name: "read_count") ; guid = 16331612162091985390
^8 = gv: (name: "lowered_select", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7), (callee: ^3), (callee: ^2), (callee: ^4)), refs: (readonly ^5)))) ; guid = 17927855300199990508
^9 = blockcount: 6
