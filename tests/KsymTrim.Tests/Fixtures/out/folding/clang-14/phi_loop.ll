source_filename = "src/folding/phi_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.slots = type { i32, [16 x i8*] }

; Function Attrs: noredzone nounwind
define dso_local void @phi_loop(%struct.slots* nocapture noundef %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.slots, %struct.slots* %0, i64 0, i32 0
  %3 = load i32, i32* %2, align 8, !tbaa !3
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %19, %1
  ret void

6:                                                ; preds = %19, %1
  %7 = phi i64 [ %8, %19 ], [ 0, %1 ]
  %8 = add nuw nsw i64 %7, 1
  %9 = shl nuw nsw i64 %8, 6
  %10 = tail call i1 @llvm.is.constant.i64(i64 %9) #3
  br i1 %10, label %11, label %17

11:                                               ; preds = %6
  %12 = icmp ugt i64 %7, 127
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = tail call i8* @kmalloc_large(i64 noundef %9, i32 noundef 1) #4
  br label %19

15:                                               ; preds = %11
  %16 = tail call i8* @kmalloc_small(i64 noundef %9, i32 noundef 1) #4
  br label %19

17:                                               ; preds = %6
  %18 = tail call i8* @__kmalloc(i64 noundef %9, i32 noundef 1) #4
  br label %19

19:                                               ; preds = %17, %15, %13
  %20 = phi i8* [ %14, %13 ], [ %16, %15 ], [ %18, %17 ]
  %21 = and i64 %7, 15
  %22 = getelementptr inbounds %struct.slots, %struct.slots* %0, i64 0, i32 1, i64 %21
  store i8* %20, i8** %22, align 8, !tbaa !8
  %23 = load i32, i32* %2, align 8, !tbaa !3
  %24 = zext i32 %23 to i64
  %25 = icmp ult i64 %8, %24
  br i1 %25, label %6, label %5, !llvm.loop !10
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
!4 = !{!"slots", !5, i64 0, !6, i64 8}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"any pointer", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}

^0 = module: (path: "out/folding/clang-14/phi_loop.o", hash: (2951917905, 2723418061, 1416452736, 111340060, 2335046754))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "phi_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 26, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^1), (callee: ^4))))) ; guid = 6155932509335576700
^3 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^6 = blockcount: 8
