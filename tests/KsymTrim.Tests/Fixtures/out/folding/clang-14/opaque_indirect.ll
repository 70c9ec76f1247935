source_filename = "src/folding/opaque_indirect.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@size_hook = external dso_local local_unnamed_addr global i32 (i32*)*, align 8

; Function Attrs: noredzone nounwind
define dso_local i8* @opaque_indirect() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = bitcast i32* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %2) #4
  store i32 0, i32* %1, align 4, !tbaa !3
  %3 = load i32 (i32*)*, i32 (i32*)** @size_hook, align 8, !tbaa !7
  %4 = call i32 %3(i32* noundef nonnull %1) #5
  %5 = load i32, i32* %1, align 4, !tbaa !3
  %6 = sext i32 %5 to i64
  %7 = call i1 @llvm.is.constant.i64(i64 %6) #4
  %8 = icmp ne i32 %5, 0
  %9 = and i1 %8, %7
  br i1 %9, label %10, label %16

10:                                               ; preds = %0
  %11 = icmp ugt i32 %5, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = call i8* @kmalloc_large(i64 noundef %6, i32 noundef 1) #5
  br label %18

14:                                               ; preds = %10
  %15 = call i8* @kmalloc_small(i64 noundef %6, i32 noundef 1) #5
  br label %18

16:                                               ; preds = %0
  %17 = call i8* @__kmalloc(i64 noundef %6, i32 noundef 1) #5
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi i8* [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %2) #4
  ret i8* %19
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { convergent nofree nosync nounwind readnone willreturn }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!7 = !{!8, !8, i64 0}
!8 = !{!"any pointer", !5, i64 0}

^0 = module: (path: "out/folding/clang-14/opaque_indirect.o", hash: (1911946833, 2226846103, 2572372329, 4078479701, 3242327829))
^1 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "size_hook") ; guid = 7492610396251661166
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "opaque_indirect", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 23, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^4), (callee: ^2), (callee: ^5)), refs: (readonly ^3)))) ; guid = 12806266678349146105
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = blockcount: 6
