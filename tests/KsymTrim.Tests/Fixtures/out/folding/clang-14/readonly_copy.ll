source_filename = "src/folding/readonly_copy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i8* @readonly_copy() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = alloca [16 x i8], align 16
  %3 = bitcast i64* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %3) #5
  %4 = getelementptr inbounds [16 x i8], [16 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #5
  call void @keep_addr(i64* noundef nonnull %1) #6
  store i64 10000, i64* %1, align 8, !tbaa !3
  call void @note_tag(i32 noundef 1) #6
  %5 = call i8* @strcpy(i8* noundef nonnull %4, i8* noundef nonnull %3) #7
  %6 = load i64, i64* %1, align 8, !tbaa !3
  %7 = call i1 @llvm.is.constant.i64(i64 %6) #5
  %8 = icmp ne i64 %6, 0
  %9 = and i1 %8, %7
  br i1 %9, label %10, label %16

10:                                               ; preds = %0
  %11 = icmp ugt i64 %6, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = call i8* @kmalloc_large(i64 noundef %6, i32 noundef 1) #6
  br label %18

14:                                               ; preds = %10
  %15 = call i8* @kmalloc_small(i64 noundef %6, i32 noundef 1) #6
  br label %18

16:                                               ; preds = %0
  %17 = call i8* @__kmalloc(i64 noundef %6, i32 noundef 1) #6
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi i8* [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  %20 = call i64 @copy_raw(i8* noundef nonnull %4, i64 noundef 16) #6
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #5
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %3) #5
  ret i8* %19
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local void @keep_addr(i64* noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local void @note_tag(i32 noundef) local_unnamed_addr #2

; Function Attrs: argmemonly mustprogress nofree noredzone nounwind willreturn
declare dso_local i8* @strcpy(i8* noalias noundef returned writeonly, i8* noalias nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(i8* noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly mustprogress nofree noredzone nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nofree nosync nounwind readnone willreturn }
attributes #5 = { nounwind }
attributes #6 = { noredzone nounwind }
attributes #7 = { noredzone }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-14/readonly_copy.o", hash: (3241238804, 397327114, 4148808450, 4094546843, 2037328364))
^1 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "strcpy") ; guid = 6632331988377524110
^5 = gv: (name: "readonly_copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 28, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^11), (callee: ^7), (callee: ^4), (callee: ^6), (callee: ^3), (callee: ^8), (callee: ^1))))) ; guid = 8276505878185431181
^6 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^7 = gv: (name: "note_tag") ; guid = 11088062539523696177
^8 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^9 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^10 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^11 = gv: (name: "keep_addr") ; guid = 17626576664737266959
^12 = blockcount: 6
