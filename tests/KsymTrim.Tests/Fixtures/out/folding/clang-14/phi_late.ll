source_filename = "src/folding/phi_late.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.dev = type { i16, i16, %struct.anon* }
%struct.anon = type { i16 }

; Function Attrs: noredzone nounwind
define dso_local i8* @phi_late(%struct.dev* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.dev, %struct.dev* %0, i64 0, i32 0
  %3 = load i16, i16* %2, align 8, !tbaa !3
  %4 = icmp eq i16 %3, 2578
  br i1 %4, label %5, label %15

5:                                                ; preds = %1
  %6 = getelementptr inbounds %struct.dev, %struct.dev* %0, i64 0, i32 1
  %7 = load i16, i16* %6, align 2, !tbaa !9
  %8 = icmp eq i16 %7, 1
  br i1 %8, label %9, label %15

9:                                                ; preds = %5
  %10 = getelementptr inbounds %struct.dev, %struct.dev* %0, i64 0, i32 2
  %11 = load %struct.anon*, %struct.anon** %10, align 8, !tbaa !10
  %12 = getelementptr inbounds %struct.anon, %struct.anon* %11, i64 0, i32 0
  %13 = load i16, i16* %12, align 2, !tbaa !11
  %14 = zext i16 %13 to i64
  br label %15

15:                                               ; preds = %9, %5, %1
  %16 = phi i64 [ %14, %9 ], [ 260, %5 ], [ 260, %1 ]
  %17 = tail call i1 @llvm.is.constant.i64(i64 %16) #3
  %18 = icmp ne i64 %16, 0
  %19 = and i1 %18, %17
  br i1 %19, label %20, label %26

20:                                               ; preds = %15
  %21 = icmp ugt i64 %16, 8192
  br i1 %21, label %22, label %24

22:                                               ; preds = %20
  %23 = tail call i8* @kmalloc_large(i64 noundef %16, i32 noundef 1) #4
  br label %28

24:                                               ; preds = %20
  %25 = tail call i8* @kmalloc_small(i64 noundef %16, i32 noundef 1) #4
  br label %28

26:                                               ; preds = %15
  %27 = tail call i8* @__kmalloc(i64 noundef %16, i32 noundef 1) #4
  br label %28

28:                                               ; preds = %26, %24, %22
  %29 = phi i8* [ %23, %22 ], [ %25, %24 ], [ %27, %26 ]
  ret i8* %29
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
!4 = !{!"dev", !5, i64 0, !5, i64 2, !8, i64 8}
!5 = !{!"short", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"any pointer", !6, i64 0}
!9 = !{!4, !5, i64 2}
!10 = !{!4, !8, i64 8}
!11 = !{!12, !5, i64 0}
!12 = !{!"", !5, i64 0}

^0 = module: (path: "out/folding/clang-14/phi_late.o", hash: (2896181003, 2675333722, 1873629686, 3313813912, 268123895))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^3 = gv: (name: "phi_late", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 29, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2), (callee: ^1), (callee: ^4))))) ; guid = 10213439743928127441
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 9
