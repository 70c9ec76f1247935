source_filename = "src/folding/opaque_extern.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i8* @opaque_extern(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i32, align 4
  %3 = bitcast i32* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %3) #4
  store i32 0, i32* %2, align 4, !tbaa !3
  %4 = call i32 @read_size(i32* noundef nonnull %2) #5
  %5 = icmp slt i32 %4, 0
  br i1 %5, label %20, label %6

6:                                                ; preds = %1
  %7 = load i32, i32* %2, align 4, !tbaa !3
  %8 = sext i32 %7 to i64
  %9 = call i1 @llvm.is.constant.i64(i64 %8) #4
  %10 = icmp ne i32 %7, 0
  %11 = and i1 %10, %9
  br i1 %11, label %12, label %18

12:                                               ; preds = %6
  %13 = icmp ugt i32 %7, 8192
  br i1 %13, label %14, label %16

14:                                               ; preds = %12
  %15 = call i8* @kmalloc_large(i64 noundef %8, i32 noundef %0) #5
  br label %20

16:                                               ; preds = %12
  %17 = call i8* @kmalloc_small(i64 noundef %8, i32 noundef %0) #5
  br label %20

18:                                               ; preds = %6
  %19 = call i8* @__kmalloc(i64 noundef %8, i32 noundef %0) #5
  br label %20

20:                                               ; preds = %18, %16, %14, %1
  %21 = phi i8* [ null, %1 ], [ %15, %14 ], [ %17, %16 ], [ %19, %18 ]
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %3) #4
  ret i8* %21
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i32 @read_size(i32* noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/opaque_extern.o", hash: (1383321882, 3381025621, 2594989161, 2670080542, 889326064))
^1 = gv: (name: "opaque_extern", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 24, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4), (callee: ^5), (callee: ^3), (callee: ^6))))) ; guid = 2939806762552023844
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "read_size") ; guid = 7944995821796041452
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = blockcount: 7
