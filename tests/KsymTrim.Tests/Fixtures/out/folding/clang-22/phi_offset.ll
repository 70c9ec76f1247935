source_filename = "src/folding/phi_offset.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local void @phi_offset(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) local_unnamed_addr #0 {
  %3 = load i32, ptr %0, align 4, !tbaa !7
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %7, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 4
  br label %8

7:                                                ; preds = %29, %2
  ret void

8:                                                ; preds = %29, %5
  %9 = phi i32 [ 24, %5 ], [ %34, %29 ]
  %10 = phi i32 [ 0, %5 ], [ %35, %29 ]
  %11 = and i32 %10, 15
  %12 = zext nneg i32 %11 to i64
  %13 = getelementptr inbounds nuw i32, ptr %6, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !3
  %15 = sub i32 %14, %9
  %16 = zext i32 %15 to i64
  %17 = shl nuw nsw i64 %16, 3
  %18 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 34359738361) %17)
  %19 = icmp ne i32 %14, %9
  %20 = and i1 %18, %19
  br i1 %20, label %21, label %27

21:                                               ; preds = %8
  %22 = icmp ugt i32 %15, 1024
  br i1 %22, label %23, label %25

23:                                               ; preds = %21
  %24 = tail call ptr @kmalloc_large(i64 noundef range(i64 0, 34359738361) %17, i32 noundef 1) #3
  br label %29

25:                                               ; preds = %21
  %26 = tail call ptr @kmalloc_small(i64 noundef range(i64 0, 34359738361) %17, i32 noundef 1) #3
  br label %29

27:                                               ; preds = %8
  %28 = tail call ptr @__kmalloc(i64 noundef range(i64 0, 34359738361) %17, i32 noundef 1) #3
  br label %29

29:                                               ; preds = %27, %25, %23
  %30 = phi ptr [ %24, %23 ], [ %26, %25 ], [ %28, %27 ]
  %31 = getelementptr inbounds nuw ptr, ptr %1, i64 %12
  store ptr %30, ptr %31, align 8, !tbaa !9
  %32 = and i32 %14, 1
  %33 = icmp eq i32 %32, 0
  %34 = select i1 %33, i32 24, i32 0
  %35 = add nuw i32 %10, 1
  %36 = load i32, ptr %0, align 4, !tbaa !7
  %37 = icmp ult i32 %35, %36
  br i1 %37, label %8, label %7, !llvm.loop !11
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
!8 = !{!"blocks", !4, i64 0, !5, i64 4}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !5, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}

^0 = module: (path: "out/folding/clang-22/phi_offset.o", hash: (3495105722, 2878928818, 3673226328, 153098730, 257021029))
^1 = gv: (name: "phi_offset", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 37, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3, tail: 1), (callee: ^2, tail: 1), (callee: ^4, tail: 1))))) ; guid = 4551252550412406496
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 0
