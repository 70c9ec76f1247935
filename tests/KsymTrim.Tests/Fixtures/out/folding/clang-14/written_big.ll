source_filename = "src/folding/written_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i8* @written_big() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = bitcast i64* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %2) #4
  store i64 0, i64* %1, align 8, !tbaa !3
  %3 = call i32 @query_size_big(i64* noundef nonnull %1) #5
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %19

5:                                                ; preds = %0
  %6 = load i64, i64* %1, align 8, !tbaa !3
  %7 = add i64 %6, 4
  %8 = call i1 @llvm.is.constant.i64(i64 %7) #4
  %9 = icmp ne i64 %7, 0
  %10 = and i1 %8, %9
  br i1 %10, label %11, label %17

11:                                               ; preds = %5
  %12 = icmp ugt i64 %7, 8192
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = call i8* @kmalloc_large(i64 noundef %7, i32 noundef 1) #5
  br label %19

15:                                               ; preds = %11
  %16 = call i8* @kmalloc_small(i64 noundef %7, i32 noundef 1) #5
  br label %19

17:                                               ; preds = %5
  %18 = call i8* @__kmalloc(i64 noundef %7, i32 noundef 1) #5
  br label %19

19:                                               ; preds = %17, %15, %13, %0
  %20 = phi i8* [ null, %0 ], [ %14, %13 ], [ %16, %15 ], [ %18, %17 ]
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %2) #4
  ret i8* %20
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i32 @query_size_big(i64* noundef) local_unnamed_addr #2

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
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/written_big.o", hash: (986871416, 3385803323, 1747017690, 3930081977, 898133607))
^1 = gv: (name: "written_big", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 24, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2), (callee: ^5), (callee: ^4), (callee: ^6))))) ; guid = 2186118941464594879
^2 = gv: (name: "query_size_big") ; guid = 2919797652647187033
^3 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^4 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = blockcount: 7
