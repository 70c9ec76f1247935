source_filename = "src/folding/local_paths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @local_paths(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = alloca [2 x i64], align 16
  %4 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #4
  call void @read_pair(%struct.pair* noundef nonnull %2) #5
  %5 = icmp eq i32 %0, 0
  br i1 %5, label %12, label %6

6:                                                ; preds = %1
  %7 = bitcast [2 x i64]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %7) #4
  %8 = getelementptr inbounds [2 x i64], [2 x i64]* %3, i64 0, i64 0
  call void @read_raw(i64* noundef nonnull %8) #5
  %9 = getelementptr inbounds [2 x i64], [2 x i64]* %3, i64 0, i64 1
  %10 = load i64, i64* %9, align 8, !tbaa !3
  %11 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 %10, i64* %11, align 8, !tbaa !7
  call void @read_pair(%struct.pair* noundef null) #5
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %7) #4
  br label %13

12:                                               ; preds = %1
  call void @read_pair(%struct.pair* noundef nonnull %2) #5
  br label %13

13:                                               ; preds = %12, %6
  %14 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  %15 = load i64, i64* %14, align 8, !tbaa !7
  %16 = call i1 @llvm.is.constant.i64(i64 %15) #4
  %17 = icmp ne i64 %15, 0
  %18 = and i1 %17, %16
  br i1 %18, label %19, label %25

19:                                               ; preds = %13
  %20 = icmp ugt i64 %15, 8192
  br i1 %20, label %21, label %23

21:                                               ; preds = %19
  %22 = call i8* @kmalloc_large(i64 noundef %15, i32 noundef 1) #5
  br label %27

23:                                               ; preds = %19
  %24 = call i8* @kmalloc_small(i64 noundef %15, i32 noundef 1) #5
  br label %27

25:                                               ; preds = %13
  %26 = call i8* @__kmalloc(i64 noundef %15, i32 noundef 1) #5
  br label %27

27:                                               ; preds = %25, %23, %21
  %28 = phi i8* [ %22, %21 ], [ %24, %23 ], [ %26, %25 ]
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #4
  ret i8* %28
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local void @read_pair(%struct.pair* noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local void @read_raw(i64* noundef) local_unnamed_addr #2

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
!7 = !{!8, !4, i64 8}
!8 = !{!"pair", !9, i64 0, !4, i64 8}
!9 = !{!"int", !5, i64 0}

^0 = module: (path: "out/folding/clang-14/local_paths.o", hash: (1689997745, 4260070122, 4269551203, 2730441476, 3962268865))
^1 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^2 = gv: (name: "read_pair") ; guid = 3706328448474246652
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "local_paths", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 37, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2), (callee: ^9), (callee: ^4), (callee: ^3), (callee: ^5))))) ; guid = 13600587837772818672
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = gv: (name: "read_raw") ; guid = 14993521739029055697
^10 = blockcount: 9
