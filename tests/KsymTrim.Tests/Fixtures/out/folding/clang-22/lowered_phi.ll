source_filename = "src/folding/lowered_phi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@cpu_flags = external dso_local local_unnamed_addr global i32, align 4

; Function Attrs: noredzone nounwind
define dso_local ptr @lowered_phi() local_unnamed_addr #0 {
  %1 = tail call i64 @read_count() #3
  %2 = load i32, ptr @cpu_flags, align 4, !tbaa !3
  %3 = tail call i1 @llvm.is.constant.i32(i32 %2)
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  tail call void @note_fallback() #3
  br label %5

5:                                                ; preds = %4, %0
  %6 = phi i64 [ %1, %0 ], [ 10000, %4 ]
  %7 = tail call i1 @llvm.is.constant.i64(i64 %6)
  %8 = icmp ne i64 %6, 0
  %9 = and i1 %7, %8
  br i1 %9, label %10, label %16

10:                                               ; preds = %5
  %11 = icmp ugt i64 %6, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = tail call ptr @kmalloc_large(i64 noundef %6, i32 noundef 1) #3
  br label %18

14:                                               ; preds = %10
  %15 = tail call ptr @kmalloc_small(i64 noundef %6, i32 noundef 1) #3
  br label %18

16:                                               ; preds = %5
  %17 = tail call ptr @__kmalloc(i64 noundef %6, i32 noundef 1) #3
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi ptr [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  ret ptr %19
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i32(i32) #2

; Function Attrs: noredzone
declare dso_local void @note_fallback() local_unnamed_addr #1

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

^0 = module: (path: "out/folding/clang-22/lowered_phi.o", hash: (3447159119, 1204895246, 186307684, 171998525, 3540946887))
^1 = gv: (name: "lowered_phi", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 21, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^9, tail: 1), (callee: ^4, tail: 1), (callee: ^5, tail: 1), (callee: ^3, tail: 1), (callee: ^6, tail: 1)), refs: (readonly ^7)))) ; guid = 1447361683653443197
^2 = gv: (name: "llvm.is.constant.i32") ; guid = 2147705882851062306
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "note_fallback") ; guid = 8677945070594058840
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "cpu_flags") ; guid = 11715145032998531274
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = gv: (name: "read_count") ; guid = 16331612162091985390
^10 = blockcount: 0
