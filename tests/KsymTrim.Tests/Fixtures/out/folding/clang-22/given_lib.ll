source_filename = "src/folding/given_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %10 = tail call ptr @kmalloc_large(i64 noundef %3, i32 noundef 1) #5
  br label %15

11:                                               ; preds = %7
  %12 = tail call ptr @kmalloc_small(i64 noundef %3, i32 noundef 1) #5
  br label %15

13:                                               ; preds = %1
  %14 = tail call ptr @__kmalloc(i64 noundef %3, i32 noundef 1) #5
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

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #4

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(readwrite, argmem: write, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

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

^0 = module: (path: "out/folding/clang-22/given_lib.o", hash: (2501351812, 2588686465, 1041848102, 3054719559, 886123506))
^1 = gv: (name: "last_tag", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 174592408957338495
^2 = gv: (name: "alloc_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1), (callee: ^3, tail: 1), (callee: ^6, tail: 1))))) ; guid = 2890183916247443138
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "note_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^1)))) ; guid = 11074947091933386557
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "keep_pair", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^8)))) ; guid = 12585764382692909910
^8 = gv: (name: "kept", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 13215762475370187597
^9 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^10 = gv: (name: "poke_kept", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (^8)))) ; guid = 15797602415418251100
^11 = blockcount: 0
