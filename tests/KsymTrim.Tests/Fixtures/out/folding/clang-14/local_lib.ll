source_filename = "src/folding/local_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cfg = type { i64 }
%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_cfg(%struct.cfg* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.cfg, %struct.cfg* %0, i64 0, i32 0
  %3 = load i64, i64* %2, align 8, !tbaa !3
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #6
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #7
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #7
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #7
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: noredzone nounwind
define dso_local i64 @copy_into(i8* noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i64 @llvm.objectsize.i64.p0i8(i8* %0, i1 false, i1 true, i1 false) #6
  %4 = trunc i64 %3 to i32
  %5 = icmp sgt i32 %4, -1
  br i1 %5, label %6, label %14

6:                                                ; preds = %2
  %7 = shl i64 %3, 32
  %8 = ashr exact i64 %7, 32
  %9 = icmp ult i64 %8, %1
  br i1 %9, label %10, label %14

10:                                               ; preds = %6
  %11 = tail call i1 @llvm.is.constant.i64(i64 %1) #6
  br i1 %11, label %13, label %12

12:                                               ; preds = %10
  tail call void @copy_overflow(i32 noundef %4, i64 noundef %1) #7
  br label %16

13:                                               ; preds = %10
  tail call void @bad_copy() #7
  br label %16

14:                                               ; preds = %6, %2
  %15 = tail call i64 @copy_raw(i8* noundef %0, i64 noundef %1) #7
  br label %16

16:                                               ; preds = %14, %13, %12
  %17 = phi i64 [ %15, %14 ], [ -1, %13 ], [ -1, %12 ]
  ret i64 %17
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(i8* noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define dso_local void @init_pair(%struct.pair* nocapture noundef writeonly %0) local_unnamed_addr #2 {
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 0
  store i32 1, i32* %2, align 8, !tbaa !8
  %3 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 1
  store i64 10000, i64* %3, align 8, !tbaa !11
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i8* @fill_then_alloc(void (i32*)* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = alloca i32, align 4
  %3 = bitcast i32* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %3) #6
  %4 = tail call i64 @read_count() #7
  %5 = trunc i64 %4 to i32
  store i32 %5, i32* %2, align 4, !tbaa !12
  call void %0(i32* noundef nonnull %2) #7
  %6 = load i32, i32* %2, align 4, !tbaa !12
  %7 = sext i32 %6 to i64
  %8 = call i1 @llvm.is.constant.i64(i64 %7) #6
  %9 = icmp ne i32 %6, 0
  %10 = and i1 %9, %8
  br i1 %10, label %11, label %17

11:                                               ; preds = %1
  %12 = icmp ugt i32 %6, 8192
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = call i8* @kmalloc_large(i64 noundef %7, i32 noundef 1) #7
  br label %19

15:                                               ; preds = %11
  %16 = call i8* @kmalloc_small(i64 noundef %7, i32 noundef 1) #7
  br label %19

17:                                               ; preds = %1
  %18 = call i8* @__kmalloc(i64 noundef %7, i32 noundef 1) #7
  br label %19

19:                                               ; preds = %17, %15, %13
  %20 = phi i8* [ %14, %13 ], [ %16, %15 ], [ %18, %17 ]
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %3) #6
  ret i8* %20
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.objectsize.i64.p0i8(i8*, i1 immarg, i1 immarg, i1 immarg) #5

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly nofree nosync nounwind willreturn }
attributes #4 = { convergent nofree nosync nounwind readnone willreturn }
attributes #5 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { nounwind }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !5, i64 0}
!4 = !{!"cfg", !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !10, i64 0}
!9 = !{!"pair", !10, i64 0, !5, i64 8}
!10 = !{!"int", !6, i64 0}
!11 = !{!9, !5, i64 8}
!12 = !{!10, !10, i64 0}

^0 = module: (path: "out/folding/clang-14/local_lib.o", hash: (12870571, 4027585663, 2178829203, 1382428804, 3904242898))
^1 = gv: (name: "llvm.objectsize.i64.p0i8") ; guid = 1164459210707046652
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^5 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^6 = gv: (name: "init_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 6298222958248292992
^7 = gv: (name: "fill_then_alloc", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 24, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^15), (callee: ^8), (callee: ^5), (callee: ^10))))) ; guid = 8531466726109365237
^8 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^9 = gv: (name: "copy_into", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^12), (callee: ^2), (callee: ^3))))) ; guid = 8869596256378732152
^10 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^11 = gv: (name: "alloc_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8), (callee: ^5), (callee: ^10))))) ; guid = 12442177271883756813
^12 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^13 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^14 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^15 = gv: (name: "read_count") ; guid = 16331612162091985390
^16 = blockcount: 20
