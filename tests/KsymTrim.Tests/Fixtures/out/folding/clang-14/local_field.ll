source_filename = "src/folding/local_field.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @local_field() local_unnamed_addr #0 {
  %1 = alloca %struct.pair, align 8
  %2 = bitcast %struct.pair* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %2) #4
  call void @init_pair(%struct.pair* noundef nonnull %1) #5
  %3 = getelementptr inbounds %struct.pair, %struct.pair* %1, i64 0, i32 1
  %4 = load i64, i64* %3, align 8, !tbaa !3
  %5 = call i1 @llvm.is.constant.i64(i64 %4) #4
  %6 = icmp ne i64 %4, 0
  %7 = and i1 %6, %5
  br i1 %7, label %8, label %14

8:                                                ; preds = %0
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = call i8* @kmalloc_large(i64 noundef %4, i32 noundef 1) #5
  br label %16

12:                                               ; preds = %8
  %13 = call i8* @kmalloc_small(i64 noundef %4, i32 noundef 1) #5
  br label %16

14:                                               ; preds = %0
  %15 = call i8* @__kmalloc(i64 noundef %4, i32 noundef 1) #5
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi i8* [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %2) #4
  ret i8* %17
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local void @init_pair(%struct.pair* noundef) local_unnamed_addr #2

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
!3 = !{!4, !8, i64 8}
!4 = !{!"pair", !5, i64 0, !8, i64 8}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long", !6, i64 0}

^0 = module: (path: "out/folding/clang-14/local_field.o", hash: (1201640195, 3191400579, 2122154039, 1555070214, 2861697338))
^1 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "init_pair") ; guid = 6298222958248292992
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^8 = gv: (name: "local_field", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 21, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^4), (callee: ^2), (callee: ^5))))) ; guid = 16337843480400700893
^9 = blockcount: 6
