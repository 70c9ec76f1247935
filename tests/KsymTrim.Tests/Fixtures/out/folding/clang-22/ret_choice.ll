source_filename = "src/folding/ret_choice.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @ret_choice(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = tail call ptr @find_cfg(ptr noundef %0, i32 noundef 0) #3
  br label %9

6:                                                ; preds = %2
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 64
  %8 = tail call ptr @find_cfg(ptr noundef nonnull %7, i32 noundef 1) #3
  br label %9

9:                                                ; preds = %6, %4
  %10 = phi ptr [ %5, %4 ], [ %8, %6 ]
  %11 = load i64, ptr %10, align 8, !tbaa !7
  %12 = tail call i1 @llvm.is.constant.i64(i64 %11)
  %13 = icmp ne i64 %11, 0
  %14 = and i1 %12, %13
  br i1 %14, label %15, label %21

15:                                               ; preds = %9
  %16 = icmp ugt i64 %11, 8192
  br i1 %16, label %17, label %19

17:                                               ; preds = %15
  %18 = tail call ptr @kmalloc_large(i64 noundef %11, i32 noundef 1) #3
  br label %23

19:                                               ; preds = %15
  %20 = tail call ptr @kmalloc_small(i64 noundef %11, i32 noundef 1) #3
  br label %23

21:                                               ; preds = %9
  %22 = tail call ptr @__kmalloc(i64 noundef %11, i32 noundef 1) #3
  br label %23

23:                                               ; preds = %21, %19, %17
  %24 = phi ptr [ %18, %17 ], [ %20, %19 ], [ %22, %21 ]
  ret ptr %24
}

; Function Attrs: noredzone
declare dso_local ptr @find_cfg(ptr noundef, i32 noundef) local_unnamed_addr #1

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
!7 = !{!8, !9, i64 0}
!8 = !{!"cfg", !9, i64 0}
!9 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/ret_choice.o", hash: (386204656, 3630350765, 992616173, 2027858484, 3212039388))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^3 = gv: (name: "ret_choice", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 23, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1), (callee: ^2, tail: 1), (callee: ^1, tail: 1), (callee: ^4, tail: 1))))) ; guid = 10458045362710874869
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "find_cfg") ; guid = 12921471266781709855
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 0
