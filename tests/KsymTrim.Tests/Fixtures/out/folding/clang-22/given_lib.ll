source_filename = "src/folding/given_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@last_tag = dso_local local_unnamed_addr global i32 0, align 4
@kept = dso_local local_unnamed_addr global ptr null, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_pair(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load i64, ptr %2, align 8, !tbaa !7
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3)
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %4, %5
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call ptr @kmalloc_large(i64 noundef %3, i32 noundef 1) #7
  br label %15

11:                                               ; preds = %7
  %12 = tail call ptr @kmalloc_small(i64 noundef %3, i32 noundef 1) #7
  br label %15

13:                                               ; preds = %1
  %14 = tail call ptr @__kmalloc(i64 noundef %3, i32 noundef 1) #7
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi ptr [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret ptr %16
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @note_pair(i32 noundef %0) local_unnamed_addr #1 {
  store i32 %0, ptr @last_tag, align 4, !tbaa !3
  ret void
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @keep_pair(ptr noundef %0) local_unnamed_addr #1 {
  store ptr %0, ptr @kept, align 8, !tbaa !10
  ret void
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(readwrite, argmem: write, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @poke_kept() local_unnamed_addr #2 {
  %1 = load ptr, ptr @kept, align 8, !tbaa !10
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i64 10000, ptr %2, align 8, !tbaa !7
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_set(ptr noundef captures(none) initializes((8, 16)) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store i64 10000, ptr %2, align 8, !tbaa !7
  tail call void @note_set(i32 noundef 1) #7
  %3 = load i64, ptr %2, align 8, !tbaa !7
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3)
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %4, %5
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call ptr @kmalloc_large(i64 noundef %3, i32 noundef 1) #7
  br label %15

11:                                               ; preds = %7
  %12 = tail call ptr @kmalloc_small(i64 noundef %3, i32 noundef 1) #7
  br label %15

13:                                               ; preds = %1
  %14 = tail call ptr @__kmalloc(i64 noundef %3, i32 noundef 1) #7
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi ptr [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret ptr %16
}

; Function Attrs: noredzone
declare dso_local void @note_set(i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_via(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !13
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !7
  %5 = tail call i1 @llvm.is.constant.i64(i64 %4)
  %6 = icmp ne i64 %4, 0
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %1
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = tail call ptr @kmalloc_large(i64 noundef %4, i32 noundef 1) #7
  br label %16

12:                                               ; preds = %8
  %13 = tail call ptr @kmalloc_small(i64 noundef %4, i32 noundef 1) #7
  br label %16

14:                                               ; preds = %1
  %15 = tail call ptr @__kmalloc(i64 noundef %4, i32 noundef 1) #7
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi ptr [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  ret ptr %17
}

; Function Attrs: noredzone nounwind
define dso_local ptr @fill_alloc(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #8
  store i32 0, ptr %2, align 8, !tbaa !15
  %3 = tail call i64 @read_count() #7
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store i64 %3, ptr %4, align 8, !tbaa !7
  call void %0(ptr noundef nonnull %2) #7
  %5 = call ptr @alloc_pair_at(ptr noundef nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #8
  ret ptr %5
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local ptr @alloc_pair_at(ptr noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none)
define dso_local noundef i64 @get_align() local_unnamed_addr #5 {
  ret i64 8
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none)
define dso_local noundef i32 @get_flag() local_unnamed_addr #5 {
  ret i32 1
}

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_many(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load i64, ptr %2, align 8, !tbaa !16
  %4 = tail call i1 @llvm.is.constant.i64(i64 %3)
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %4, %5
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = tail call ptr @kmalloc_large(i64 noundef %3, i32 noundef 1) #7
  br label %15

11:                                               ; preds = %7
  %12 = tail call ptr @kmalloc_small(i64 noundef %3, i32 noundef 1) #7
  br label %15

13:                                               ; preds = %1
  %14 = tail call ptr @__kmalloc(i64 noundef %3, i32 noundef 1) #7
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi ptr [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  ret ptr %16
}

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #6

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(readwrite, argmem: write, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !9, i64 8}
!8 = !{!"pair", !4, i64 0, !9, i64 8}
!9 = !{!"long", !5, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"p1 _ZTS4pair", !12, i64 0}
!12 = !{!"any pointer", !5, i64 0}
!13 = !{!14, !11, i64 0}
!14 = !{!"holder", !11, i64 0}
!15 = !{!8, !4, i64 0}
!16 = !{!17, !9, i64 8}
!17 = !{!"many", !9, i64 0, !9, i64 8, !9, i64 16, !9, i64 24, !9, i64 32, !9, i64 40, !9, i64 48, !9, i64 56, !9, i64 64, !9, i64 72, !9, i64 80, !9, i64 88, !9, i64 96, !9, i64 104, !9, i64 112, !9, i64 120, !9, i64 128, !9, i64 136, !9, i64 144, !9, i64 152, !9, i64 160, !9, i64 168, !9, i64 176, !9, i64 184, !9, i64 192, !9, i64 200, !9, i64 208, !9, i64 216, !9, i64 224, !9, i64 232, !9, i64 240, !9, i64 248, !9, i64 256, !9, i64 264}

^0 = module: (path: "out/folding/clang-22/given_lib.o", hash: (6317652, 3953471872, 3326482253, 2628413999, 868143075))
^1 = gv: (name: "get_flag", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 60961046246589309
^2 = gv: (name: "last_tag", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 174592408957338495
^3 = gv: (name: "alloc_many", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^11, tail: 1), (callee: ^15, tail: 1))))) ; guid = 487242689692303851
^4 = gv: (name: "get_align", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 1188789843297435866
^5 = gv: (name: "alloc_via", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^11, tail: 1), (callee: ^15, tail: 1))))) ; guid = 1459443116598265460
^6 = gv: (name: "note_set") ; guid = 2240359213337226005
^7 = gv: (name: "alloc_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1), (callee: ^11, tail: 1), (callee: ^15, tail: 1))))) ; guid = 2890183916247443138
^8 = gv: (name: "fill_alloc", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^21, tail: 1), (callee: ^12))))) ; guid = 4350229770532381900
^9 = gv: (name: "alloc_set", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6, tail: 1), (callee: ^13, tail: 1), (callee: ^11, tail: 1), (callee: ^15, tail: 1))))) ; guid = 4395613569597736709
^10 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^11 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^12 = gv: (name: "alloc_pair_at") ; guid = 6942565402022394219
^13 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^14 = gv: (name: "note_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^2)))) ; guid = 11074947091933386557
^15 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^16 = gv: (name: "keep_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^17)))) ; guid = 12585764382692909910
^17 = gv: (name: "kept", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 13215762475370187597
^18 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^19 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^20 = gv: (name: "poke_kept", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (^17)))) ; guid = 15797602415418251100
^21 = gv: (name: "read_count") ; guid = 16331612162091985390
^22 = blockcount: 0
