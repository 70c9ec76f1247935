source_filename = "src/folding/phi_offset.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.blocks = type { i32, [16 x i32] }

; Function Attrs: noredzone nounwind
define dso_local void @phi_offset(%struct.blocks* nocapture noundef readonly %0, i8** nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds %struct.blocks, %struct.blocks* %0, i64 0, i32 0
  %4 = load i32, i32* %3, align 4, !tbaa !3
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %28, %2
  ret void

7:                                                ; preds = %28, %2
  %8 = phi i32 [ %33, %28 ], [ -24, %2 ]
  %9 = phi i32 [ %34, %28 ], [ 0, %2 ]
  %10 = and i32 %9, 15
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds %struct.blocks, %struct.blocks* %0, i64 0, i32 1, i64 %11
  %13 = load i32, i32* %12, align 4, !tbaa !8
  %14 = add i32 %13, %8
  %15 = zext i32 %14 to i64
  %16 = shl nuw nsw i64 %15, 3
  %17 = tail call i1 @llvm.is.constant.i64(i64 %16) #3
  %18 = icmp ne i32 %14, 0
  %19 = and i1 %17, %18
  br i1 %19, label %20, label %26

20:                                               ; preds = %7
  %21 = icmp ugt i32 %14, 1024
  br i1 %21, label %22, label %24

22:                                               ; preds = %20
  %23 = tail call i8* @kmalloc_large(i64 noundef %16, i32 noundef 1) #4
  br label %28

24:                                               ; preds = %20
  %25 = tail call i8* @kmalloc_small(i64 noundef %16, i32 noundef 1) #4
  br label %28

26:                                               ; preds = %7
  %27 = tail call i8* @__kmalloc(i64 noundef %16, i32 noundef 1) #4
  br label %28

28:                                               ; preds = %26, %24, %22
  %29 = phi i8* [ %23, %22 ], [ %25, %24 ], [ %27, %26 ]
  %30 = getelementptr inbounds i8*, i8** %1, i64 %11
  store i8* %29, i8** %30, align 8, !tbaa !9
  %31 = and i32 %13, 1
  %32 = icmp eq i32 %31, 0
  %33 = select i1 %32, i32 -24, i32 0
  %34 = add nuw i32 %9, 1
  %35 = load i32, i32* %3, align 4, !tbaa !3
  %36 = icmp ult i32 %34, %35
  br i1 %36, label %7, label %6, !llvm.loop !11
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { convergent nofree nosync nounwind readnone willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !5, i64 0}
!4 = !{!"blocks", !5, i64 0, !6, i64 4}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!5, !5, i64 0}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !6, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}

^0 = module: (path: "out/folding/clang-14/phi_offset.o", hash: (373408391, 1577300463, 133838172, 766091614, 4284139782))
^1 = gv: (name: "phi_offset", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 36, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^2), (callee: ^4))))) ; guid = 4551252550412406496
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 8
