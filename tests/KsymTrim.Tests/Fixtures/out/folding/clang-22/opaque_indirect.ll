source_filename = "src/folding/opaque_indirect.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@size_hook = external dso_local local_unnamed_addr global ptr, align 8

; Function Attrs: noredzone nounwind
define dso_local ptr @opaque_indirect() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #4
  store i32 0, ptr %1, align 4, !tbaa !3
  %2 = load ptr, ptr @size_hook, align 8, !tbaa !7
  %3 = call i32 %2(ptr noundef nonnull %1) #5
  %4 = load i32, ptr %1, align 4, !tbaa !3
  %5 = sext i32 %4 to i64
  %6 = call i1 @llvm.is.constant.i64(i64 range(i64 -2147483648, 2147483648) %5)
  %7 = icmp ne i32 %4, 0
  %8 = and i1 %6, %7
  br i1 %8, label %9, label %15

9:                                                ; preds = %0
  %10 = icmp ugt i32 %4, 8192
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = call ptr @kmalloc_large(i64 noundef range(i64 -2147483648, 2147483648) %5, i32 noundef 1) #5
  br label %17

13:                                               ; preds = %9
  %14 = call ptr @kmalloc_small(i64 noundef range(i64 -2147483648, 2147483648) %5, i32 noundef 1) #5
  br label %17

15:                                               ; preds = %0
  %16 = call ptr @__kmalloc(i64 noundef range(i64 -2147483648, 2147483648) %5, i32 noundef 1) #5
  br label %17

17:                                               ; preds = %15, %13, %11
  %18 = phi ptr [ %12, %11 ], [ %14, %13 ], [ %16, %15 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #4
  ret ptr %18
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
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
!7 = !{!8, !8, i64 0}
!8 = !{!"any pointer", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/opaque_indirect.o", hash: (3999656742, 2520277122, 723133167, 3013989109, 1997654083))
^1 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "size_hook") ; guid = 7492610396251661166
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "opaque_indirect", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 22, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^4), (callee: ^2), (callee: ^5)), refs: (readonly ^3)))) ; guid = 12806266678349146105
^7 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = blockcount: 0
