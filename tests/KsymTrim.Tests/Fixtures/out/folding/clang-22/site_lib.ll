source_filename = "src/folding/site_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @read_words(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = shl i64 %1, 3
  %4 = tail call i64 @llvm.objectsize.i64.p0(ptr %0, i1 false, i1 true, i1 false)
  %5 = trunc i64 %4 to i32
  %6 = icmp sgt i32 %5, -1
  %7 = and i64 %4, 2147483647
  %8 = icmp ult i64 %7, %3
  %9 = and i1 %6, %8
  br i1 %9, label %10, label %14

10:                                               ; preds = %2
  %11 = tail call i1 @llvm.is.constant.i64(i64 %3)
  br i1 %11, label %13, label %12

12:                                               ; preds = %10
  tail call void @copy_overflow(i32 noundef %5, i64 noundef %3) #4
  br label %16

13:                                               ; preds = %10
  tail call void @bad_copy() #4
  br label %16

14:                                               ; preds = %2
  %15 = tail call i64 @copy_raw(ptr noundef %0, i64 noundef %3) #4
  br label %16

16:                                               ; preds = %14, %13, %12
  %17 = phi i64 [ %15, %14 ], [ -1, %12 ], [ -1, %13 ]
  ret i64 %17
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i64 @apply_words(ptr noundef readonly captures(none) %0, ptr noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i64 %0(ptr noundef %1, i64 noundef %2) #4
  ret i64 %4
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.objectsize.i64.p0(ptr, i1 immarg, i1 immarg, i1 immarg) #2

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/site_lib.o", hash: (134851460, 144979307, 1949931526, 4104456830, 2724705291))
^1 = gv: (name: "llvm.objectsize.i64.p0") ; guid = 1024607402952143861
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "read_words", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6, tail: 1), (callee: ^2, tail: 1), (callee: ^3, tail: 1))))) ; guid = 8247137097289421333
^5 = gv: (name: "apply_words", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 9647346791241895256
^6 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = blockcount: 0
