source_filename = "src/folding/ret_global.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cfg = type { i64 }

@big_cfg = internal global %struct.cfg { i64 10000 }, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @ret_global() local_unnamed_addr #0 {
  %1 = tail call ptr @pick_cfg(ptr noundef nonnull @big_cfg) #3
  %2 = load i64, ptr %1, align 8, !tbaa !7
  %3 = tail call i1 @llvm.is.constant.i64(i64 %2)
  %4 = icmp ne i64 %2, 0
  %5 = and i1 %3, %4
  br i1 %5, label %6, label %12

6:                                                ; preds = %0
  %7 = icmp ugt i64 %2, 8192
  br i1 %7, label %8, label %10

8:                                                ; preds = %6
  %9 = tail call ptr @kmalloc_large(i64 noundef %2, i32 noundef 1) #3
  br label %14

10:                                               ; preds = %6
  %11 = tail call ptr @kmalloc_small(i64 noundef %2, i32 noundef 1) #3
  br label %14

12:                                               ; preds = %0
  %13 = tail call ptr @__kmalloc(i64 noundef %2, i32 noundef 1) #3
  br label %14

14:                                               ; preds = %12, %10, %8
  %15 = phi ptr [ %9, %8 ], [ %11, %10 ], [ %13, %12 ]
  ret ptr %15
}

; Function Attrs: noredzone
declare dso_local ptr @pick_cfg(ptr noundef) local_unnamed_addr #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !9, i64 0}
!8 = !{!"cfg", !9, i64 0}
!9 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/ret_global.o", hash: (826709618, 2326815598, 3761157468, 3184524597, 1558086584))
^1 = gv: (name: "ret_global", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1), (callee: ^4, tail: 1), (callee: ^3, tail: 1), (callee: ^6, tail: 1)), refs: (^5)))) ; guid = 505571960887290720
^2 = gv: (name: "pick_cfg") ; guid = 4428634060801936906
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "big_cfg", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 8870307854233982829
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = blockcount: 0
