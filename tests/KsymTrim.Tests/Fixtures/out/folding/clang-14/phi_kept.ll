source_filename = "src/folding/phi_kept.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.ring = type { i32 }

; Function Attrs: noredzone nounwind
define dso_local i8* @phi_kept(%struct.ring* noundef %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.ring, %struct.ring* %0, i64 0, i32 0
  %3 = load i32, i32* %2, align 4, !tbaa !3
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  tail call void @ring_defaulted(%struct.ring* noundef nonnull %0) #3
  br label %6

6:                                                ; preds = %5, %1
  %7 = phi i32 [ 256, %5 ], [ %3, %1 ]
  %8 = zext i32 %7 to i64
  %9 = mul nuw nsw i64 %8, 40
  %10 = tail call i1 @llvm.is.constant.i64(i64 %9) #4
  br i1 %10, label %11, label %17

11:                                               ; preds = %6
  %12 = icmp ugt i64 %9, 8192
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = tail call i8* @kmalloc_large(i64 noundef %9, i32 noundef 1) #3
  br label %19

15:                                               ; preds = %11
  %16 = tail call i8* @kmalloc_small(i64 noundef %9, i32 noundef 1) #3
  br label %19

17:                                               ; preds = %6
  %18 = tail call i8* @__kmalloc(i64 noundef %9, i32 noundef 1) #3
  br label %19

19:                                               ; preds = %17, %15, %13
  %20 = phi i8* [ %14, %13 ], [ %16, %15 ], [ %18, %17 ]
  ret i8* %20
}

; Function Attrs: noredzone
declare dso_local void @ring_defaulted(%struct.ring* noundef) local_unnamed_addr #1

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
!3 = !{!4, !5, i64 0}
!4 = !{!"ring", !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/phi_kept.o", hash: (647490536, 528586929, 1870255798, 1640978879, 1883341845))
^1 = gv: (name: "ring_defaulted") ; guid = 1953917411343727340
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "phi_kept", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 21, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1), (callee: ^4), (callee: ^2), (callee: ^5))))) ; guid = 5212807463679811277
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 8
