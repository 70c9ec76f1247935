source_filename = "src/folding/given_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }
%struct.holder = type { %struct.pair* }
%struct.many = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@last_tag = dso_local local_unnamed_addr global i32 0, align 4
@kept = dso_local local_unnamed_addr global %struct.pair* null, align 8

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_pair(%struct.pair* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 1
  %3 = load i64, i64* %2, align 8, !tbaa !3
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #7
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #8
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #8
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #8
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define dso_local void @note_pair(i32 noundef %0) local_unnamed_addr #1 {
  store i32 %0, i32* @last_tag, align 4, !tbaa !9
  ret void
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define dso_local void @keep_pair(%struct.pair* noundef %0) local_unnamed_addr #1 {
  store %struct.pair* %0, %struct.pair** @kept, align 8, !tbaa !10
  ret void
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn
define dso_local void @poke_kept() local_unnamed_addr #2 {
  %1 = load %struct.pair*, %struct.pair** @kept, align 8, !tbaa !10
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %1, i64 0, i32 1
  store i64 10000, i64* %2, align 8, !tbaa !3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_set(%struct.pair* nocapture noundef %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.pair, %struct.pair* %0, i64 0, i32 1
  store i64 10000, i64* %2, align 8, !tbaa !3
  tail call void @note_set(i32 noundef 1) #8
  %3 = load i64, i64* %2, align 8, !tbaa !3
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #7
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #8
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #8
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #8
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: noredzone
declare dso_local void @note_set(i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_via(%struct.holder* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.holder, %struct.holder* %0, i64 0, i32 0
  %3 = load %struct.pair*, %struct.pair** %2, align 8, !tbaa !12
  %4 = getelementptr inbounds %struct.pair, %struct.pair* %3, i64 0, i32 1
  %5 = load i64, i64* %4, align 8, !tbaa !3
  %6 = tail call i1 @llvm.is.constant.i64(i64 %5) #7
  %7 = icmp ne i64 %5, 0
  %8 = and i1 %7, %6
  br i1 %8, label %9, label %15

9:                                                ; preds = %1
  %10 = icmp ugt i64 %5, 8192
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = tail call i8* @kmalloc_large(i64 noundef %5, i32 noundef 1) #8
  br label %17

13:                                               ; preds = %9
  %14 = tail call i8* @kmalloc_small(i64 noundef %5, i32 noundef 1) #8
  br label %17

15:                                               ; preds = %1
  %16 = tail call i8* @__kmalloc(i64 noundef %5, i32 noundef 1) #8
  br label %17

17:                                               ; preds = %15, %13, %11
  %18 = phi i8* [ %12, %11 ], [ %14, %13 ], [ %16, %15 ]
  ret i8* %18
}

; Function Attrs: noredzone nounwind
define dso_local i8* @fill_alloc(void (%struct.pair*)* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #7
  %4 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 0, i32* %4, align 8, !tbaa !14
  %5 = tail call i64 @read_count() #8
  %6 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 %5, i64* %6, align 8, !tbaa !3
  call void %0(%struct.pair* noundef nonnull %2) #8
  %7 = call i8* @alloc_pair_at(%struct.pair* noundef nonnull %2) #8
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #7
  ret i8* %7
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #4

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @alloc_pair_at(%struct.pair* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #4

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind readnone willreturn
define dso_local i64 @get_align() local_unnamed_addr #5 {
  ret i64 8
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind readnone willreturn
define dso_local i32 @get_flag() local_unnamed_addr #5 {
  ret i32 1
}

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_many(%struct.many* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.many, %struct.many* %0, i64 0, i32 1
  %3 = load i64, i64* %2, align 8, !tbaa !15
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3) #7
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %5, %4
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call i8* @kmalloc_large(i64 noundef %3, i32 noundef 1) #8
  br label %15

11:                                               ; preds = %7
  %12 = tail call i8* @kmalloc_small(i64 noundef %3, i32 noundef 1) #8
  br label %15

13:                                               ; preds = %1
  %14 = tail call i8* @__kmalloc(i64 noundef %3, i32 noundef 1) #8
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi i8* [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret i8* %16
}

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #6

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly nofree nosync nounwind willreturn }
attributes #5 = { mustprogress nofree norecurse noredzone nosync nounwind readnone willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { convergent nofree nosync nounwind readnone willreturn }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin noredzone nounwind "no-builtins" }

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
!9 = !{!5, !5, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !6, i64 0}
!12 = !{!13, !11, i64 0}
!13 = !{!"holder", !11, i64 0}
!14 = !{!4, !5, i64 0}
!15 = !{!16, !8, i64 8}
!16 = !{!"many", !8, i64 0, !8, i64 8, !8, i64 16, !8, i64 24, !8, i64 32, !8, i64 40, !8, i64 48, !8, i64 56, !8, i64 64, !8, i64 72, !8, i64 80, !8, i64 88, !8, i64 96, !8, i64 104, !8, i64 112, !8, i64 120, !8, i64 128, !8, i64 136, !8, i64 144, !8, i64 152, !8, i64 160, !8, i64 168, !8, i64 176, !8, i64 184, !8, i64 192, !8, i64 200, !8, i64 208, !8, i64 216, !8, i64 224, !8, i64 232, !8, i64 240, !8, i64 248, !8, i64 256, !8, i64 264}

^0 = module: (path: "out/folding/clang-14/given_lib.o", hash: (2295194229, 1260743045, 1940881487, 3911915735, 667537382))
^1 = gv: (name: "get_flag", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 60961046246589309
^2 = gv: (name: "last_tag", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 174592408957338495
^3 = gv: (name: "alloc_many", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13), (callee: ^11), (callee: ^15))))) ; guid = 487242689692303851
^4 = gv: (name: "get_align", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 1188789843297435866
^5 = gv: (name: "alloc_via", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13), (callee: ^11), (callee: ^15))))) ; guid = 1459443116598265460
^6 = gv: (name: "note_set") ; guid = 2240359213337226005
^7 = gv: (name: "alloc_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13), (callee: ^11), (callee: ^15))))) ; guid = 2890183916247443138
^8 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^9 = gv: (name: "fill_alloc", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^21), (callee: ^12))))) ; guid = 4350229770532381900
^10 = gv: (name: "alloc_set", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6), (callee: ^13), (callee: ^11), (callee: ^15))))) ; guid = 4395613569597736709
^11 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^12 = gv: (name: "alloc_pair_at") ; guid = 6942565402022394219
^13 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^14 = gv: (name: "note_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^2)))) ; guid = 11074947091933386557
^15 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^16 = gv: (name: "keep_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^17)))) ; guid = 12585764382692909910
^17 = gv: (name: "kept", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 13215762475370187597
^18 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^19 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^20 = gv: (name: "poke_kept", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (^17)))) ; guid = 15797602415418251100
^21 = gv: (name: "read_count") ; guid = 16331612162091985390
^22 = blockcount: 30
