source_filename = "src/folding/sized_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @fill_buf(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i64 @llvm.objectsize.i64.p0(ptr %0, i1 false, i1 true, i1 false)
  %4 = trunc i64 %3 to i32
  %5 = icmp sgt i32 %4, -1
  %6 = and i64 %3, 2147483647
  %7 = icmp ult i64 %6, %1
  %8 = and i1 %5, %7
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = tail call i1 @llvm.is.constant.i64(i64 %1)
  br i1 %10, label %12, label %11

11:                                               ; preds = %9
  tail call void @copy_overflow(i32 noundef %4, i64 noundef %1) #5
  br label %15

12:                                               ; preds = %9
  tail call void @bad_copy() #5
  br label %15

13:                                               ; preds = %2
  %14 = tail call i64 @copy_raw(ptr noundef %0, i64 noundef %1) #5
  br label %15

15:                                               ; preds = %13, %12, %11
  %16 = phi i64 [ %14, %13 ], [ -1, %11 ], [ -1, %12 ]
  ret i64 %16
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i64 @fill_new(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call ptr @alloc_sized(i64 noundef %0) #6
  %4 = tail call i64 @llvm.objectsize.i64.p0(ptr %3, i1 false, i1 true, i1 false)
  %5 = trunc i64 %4 to i32
  %6 = icmp sgt i32 %5, -1
  %7 = and i64 %4, 2147483647
  %8 = icmp ult i64 %7, %1
  %9 = and i1 %6, %8
  br i1 %9, label %10, label %14

10:                                               ; preds = %2
  %11 = tail call i1 @llvm.is.constant.i64(i64 %1)
  br i1 %11, label %13, label %12

12:                                               ; preds = %10
  tail call void @copy_overflow(i32 noundef %5, i64 noundef %1) #5
  br label %16

13:                                               ; preds = %10
  tail call void @bad_copy() #5
  br label %16

14:                                               ; preds = %2
  %15 = tail call i64 @copy_raw(ptr noundef %3, i64 noundef %1) #5
  br label %16

16:                                               ; preds = %14, %13, %12
  %17 = phi i64 [ %15, %14 ], [ -1, %12 ], [ -1, %13 ]
  ret i64 %17
}

; Function Attrs: noredzone allocsize(0)
declare dso_local ptr @alloc_sized(i64 noundef) local_unnamed_addr #2

; Function Attrs: noredzone nounwind
define dso_local ptr @alloc_wrapped(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @alloc_sized(i64 noundef %0) #6
  ret ptr %2
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.objectsize.i64.p0(ptr, i1 immarg, i1 immarg, i1 immarg) #3

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noredzone allocsize(0) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #6 = { nobuiltin noredzone nounwind allocsize(0) "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/sized_lib.o", hash: (4045691872, 963123959, 2170657988, 2215175591, 3019272954))
^1 = gv: (name: "llvm.objectsize.i64.p0") ; guid = 1024607402952143861
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "fill_buf", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7, tail: 1), (callee: ^2, tail: 1), (callee: ^4, tail: 1))))) ; guid = 2583548155927911211
^4 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^5 = gv: (name: "alloc_sized") ; guid = 3046554565360225346
^6 = gv: (name: "fill_new", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1), (callee: ^7, tail: 1), (callee: ^2, tail: 1), (callee: ^4, tail: 1))))) ; guid = 10086643008192010253
^7 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = gv: (name: "alloc_wrapped", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1))))) ; guid = 17326086998780102229
^10 = blockcount: 0
