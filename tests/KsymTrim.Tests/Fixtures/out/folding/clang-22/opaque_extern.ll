source_filename = "src/folding/opaque_extern.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @opaque_extern(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store i32 0, ptr %2, align 4, !tbaa !3
  %3 = call i32 @read_size(ptr noundef nonnull %2) #5
  %4 = icmp slt i32 %3, 0
  br i1 %4, label %19, label %5

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !tbaa !3
  %7 = sext i32 %6 to i64
  %8 = call i1 @llvm.is.constant.i64(i64 range(i64 -2147483648, 2147483648) %7)
  %9 = icmp ne i32 %6, 0
  %10 = and i1 %8, %9
  br i1 %10, label %11, label %17

11:                                               ; preds = %5
  %12 = icmp ugt i32 %6, 8192
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = call ptr @kmalloc_large(i64 noundef range(i64 -2147483648, 2147483648) %7, i32 noundef %0) #5
  br label %19

15:                                               ; preds = %11
  %16 = call ptr @kmalloc_small(i64 noundef range(i64 -2147483648, 2147483648) %7, i32 noundef %0) #5
  br label %19

17:                                               ; preds = %5
  %18 = call ptr @__kmalloc(i64 noundef range(i64 -2147483648, 2147483648) %7, i32 noundef %0) #5
  br label %19

19:                                               ; preds = %17, %15, %13, %1
  %20 = phi ptr [ null, %1 ], [ %14, %13 ], [ %16, %15 ], [ %18, %17 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret ptr %20
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local i32 @read_size(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
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

^0 = module: (path: "out/folding/clang-22/opaque_extern.o", hash: (3026688350, 3956406178, 537152897, 775844302, 3667896454))
^1 = gv: (name: "opaque_extern", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 23, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4), (callee: ^5), (callee: ^3), (callee: ^6))))) ; guid = 2939806762552023844
^2 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "read_size") ; guid = 7944995821796041452
^5 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^6 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^7 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = blockcount: 0
