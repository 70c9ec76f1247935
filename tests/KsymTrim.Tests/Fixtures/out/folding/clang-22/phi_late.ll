source_filename = "src/folding/phi_late.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @phi_late(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = load i16, ptr %0, align 8, !tbaa !7
  %3 = icmp eq i16 %2, 2578
  br i1 %3, label %4, label %13

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 2
  %6 = load i16, ptr %5, align 2, !tbaa !11
  %7 = icmp eq i16 %6, 1
  br i1 %7, label %8, label %13

8:                                                ; preds = %4
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !12
  %11 = load i16, ptr %10, align 2, !tbaa !13
  %12 = zext i16 %11 to i64
  br label %13

13:                                               ; preds = %8, %4, %1
  %14 = phi i64 [ %12, %8 ], [ 260, %4 ], [ 260, %1 ]
  %15 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 65536) %14)
  %16 = icmp ne i64 %14, 0
  %17 = and i1 %15, %16
  br i1 %17, label %18, label %24

18:                                               ; preds = %13
  %19 = icmp samesign ugt i64 %14, 8192
  br i1 %19, label %20, label %22

20:                                               ; preds = %18
  %21 = tail call ptr @kmalloc_large(i64 noundef range(i64 0, 65536) %14, i32 noundef 1) #3
  br label %26

22:                                               ; preds = %18
  %23 = tail call ptr @kmalloc_small(i64 noundef range(i64 0, 65536) %14, i32 noundef 1) #3
  br label %26

24:                                               ; preds = %13
  %25 = tail call ptr @__kmalloc(i64 noundef range(i64 0, 65536) %14, i32 noundef 1) #3
  br label %26

26:                                               ; preds = %24, %22, %20
  %27 = phi ptr [ %21, %20 ], [ %23, %22 ], [ %25, %24 ]
  ret ptr %27
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
!7 = !{!8, !9, i64 0}
!8 = !{!"dev", !9, i64 0, !9, i64 2, !10, i64 8}
!9 = !{!"short", !5, i64 0}
!10 = !{!"any pointer", !5, i64 0}
!11 = !{!8, !9, i64 2}
!12 = !{!8, !10, i64 8}
!13 = !{!14, !9, i64 0}
!14 = !{!"", !9, i64 0}

^0 = module: (path: "out/folding/clang-22/phi_late.o", hash: (2076493275, 3321303097, 1439812773, 883283123, 262922066))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^3 = gv: (name: "phi_late", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 27, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1), (callee: ^1, tail: 1), (callee: ^4, tail: 1))))) ; guid = 10213439743928127441
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 0
