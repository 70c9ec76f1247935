source_filename = "src/folding/and_flags.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i8* @and_flags() local_unnamed_addr #0 {
  %1 = tail call i32 @get_len() #3
  %2 = zext i32 %1 to i64
  %3 = tail call i1 @llvm.is.constant.i64(i64 %2) #4
  %4 = icmp ne i32 %1, 0
  %5 = and i1 %4, %3
  br i1 %5, label %6, label %12

6:                                                ; preds = %0
  %7 = icmp ugt i32 %1, 8192
  br i1 %7, label %8, label %10

8:                                                ; preds = %6
  %9 = tail call i8* @kmalloc_large(i64 noundef %2, i32 noundef 1) #3
  br label %14

10:                                               ; preds = %6
  %11 = tail call i8* @kmalloc_small(i64 noundef %2, i32 noundef 1) #3
  br label %14

12:                                               ; preds = %0
  %13 = tail call i8* @__kmalloc(i64 noundef %2, i32 noundef 1) #3
  br label %14

14:                                               ; preds = %12, %10, %8
  %15 = phi i8* [ %9, %8 ], [ %11, %10 ], [ %13, %12 ]
  ret i8* %15
}

; Function Attrs: noredzone
declare dso_local i32 @get_len() local_unnamed_addr #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nofree nosync nounwind readnone willreturn }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/and_flags.o", hash: (3250001987, 3366093770, 389377547, 1343132036, 473612480))
^1 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^2 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^3 = gv: (name: "get_len") ; guid = 10005999574059189694
^4 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^5 = gv: (name: "and_flags", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^2), (callee: ^1), (callee: ^4))))) ; guid = 12367158423344650878
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 6
