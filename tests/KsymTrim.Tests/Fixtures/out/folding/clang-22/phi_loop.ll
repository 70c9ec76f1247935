source_filename = "src/folding/phi_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local void @phi_loop(ptr noundef captures(none) %0) local_unnamed_addr #0 {
  %2 = load i32, ptr %0, align 8, !tbaa !7
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  br label %7

6:                                                ; preds = %20, %1
  ret void

7:                                                ; preds = %20, %4
  %8 = phi i64 [ 0, %4 ], [ %9, %20 ]
  %9 = add nuw nsw i64 %8, 1
  %10 = shl nuw nsw i64 %9, 6
  %11 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 274877906881) %10)
  br i1 %11, label %12, label %18

12:                                               ; preds = %7
  %13 = icmp samesign ugt i64 %8, 127
  br i1 %13, label %14, label %16

14:                                               ; preds = %12
  %15 = tail call ptr @kmalloc_large(i64 noundef range(i64 0, 274877906881) %10, i32 noundef 1) #3
  br label %20

16:                                               ; preds = %12
  %17 = tail call ptr @kmalloc_small(i64 noundef range(i64 0, 274877906881) %10, i32 noundef 1) #3
  br label %20

18:                                               ; preds = %7
  %19 = tail call ptr @__kmalloc(i64 noundef range(i64 0, 274877906881) %10, i32 noundef 1) #3
  br label %20

20:                                               ; preds = %18, %16, %14
  %21 = phi ptr [ %15, %14 ], [ %17, %16 ], [ %19, %18 ]
  %22 = and i64 %8, 15
  %23 = getelementptr inbounds nuw ptr, ptr %5, i64 %22
  store ptr %21, ptr %23, align 8, !tbaa !9
  %24 = load i32, ptr %0, align 8, !tbaa !7
  %25 = zext i32 %24 to i64
  %26 = icmp samesign ult i64 %9, %25
  br i1 %26, label %7, label %6, !llvm.loop !11
}

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
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
!7 = !{!8, !4, i64 0}
!8 = !{!"slots", !4, i64 0, !5, i64 8}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !5, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}

^0 = module: (path: "out/folding/clang-22/phi_loop.o", hash: (1403065810, 872587417, 2847882871, 2926091794, 820939077))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "phi_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 27, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3, tail: 1), (callee: ^1, tail: 1), (callee: ^4, tail: 1))))) ; guid = 6155932509335576700
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 0
