source_filename = "src/folding/ret_choice.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cfg = type { i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @ret_choice(%struct.cfg** noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = tail call %struct.cfg* @find_cfg(%struct.cfg** noundef %0, i32 noundef 0) #3
  br label %9

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.cfg*, %struct.cfg** %0, i64 8
  %8 = tail call %struct.cfg* @find_cfg(%struct.cfg** noundef nonnull %7, i32 noundef 1) #3
  br label %9

9:                                                ; preds = %6, %4
  %10 = phi %struct.cfg* [ %5, %4 ], [ %8, %6 ]
  %11 = getelementptr inbounds %struct.cfg, %struct.cfg* %10, i64 0, i32 0
  %12 = load i64, i64* %11, align 8, !tbaa !3
  %13 = tail call i1 @llvm.is.constant.i64(i64 %12) #4
  %14 = icmp ne i64 %12, 0
  %15 = and i1 %14, %13
  br i1 %15, label %16, label %22

16:                                               ; preds = %9
  %17 = icmp ugt i64 %12, 8192
  br i1 %17, label %18, label %20

18:                                               ; preds = %16
  %19 = tail call i8* @kmalloc_large(i64 noundef %12, i32 noundef 1) #3
  br label %24

20:                                               ; preds = %16
  %21 = tail call i8* @kmalloc_small(i64 noundef %12, i32 noundef 1) #3
  br label %24

22:                                               ; preds = %9
  %23 = tail call i8* @__kmalloc(i64 noundef %12, i32 noundef 1) #3
  br label %24

24:                                               ; preds = %22, %20, %18
  %25 = phi i8* [ %19, %18 ], [ %21, %20 ], [ %23, %22 ]
  ret i8* %25
}

; Function Attrs: noredzone
declare dso_local %struct.cfg* @find_cfg(%struct.cfg** noundef, i32 noundef) local_unnamed_addr #1

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
!4 = !{!"cfg", !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/ret_choice.o", hash: (2342168259, 525056293, 2482986463, 1012925154, 1761025793))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^3 = gv: (name: "ret_choice", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 24, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^2), (callee: ^1), (callee: ^4))))) ; guid = 10458045362710874869
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "find_cfg") ; guid = 12921471266781709855
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 9
