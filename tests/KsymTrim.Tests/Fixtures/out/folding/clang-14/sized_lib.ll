source_filename = "src/folding/sized_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @fill_buf(i8* noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i64 @llvm.objectsize.i64.p0i8(i8* %0, i1 false, i1 true, i1 false) #5
  %4 = trunc i64 %3 to i32
  %5 = icmp sgt i32 %4, -1
  br i1 %5, label %6, label %14

6:                                                ; preds = %2
  %7 = shl i64 %3, 32
  %8 = ashr exact i64 %7, 32
  %9 = icmp ult i64 %8, %1
  br i1 %9, label %10, label %14

10:                                               ; preds = %6
  %11 = tail call i1 @llvm.is.constant.i64(i64 %1) #5
  br i1 %11, label %13, label %12

12:                                               ; preds = %10
  tail call void @copy_overflow(i32 noundef %4, i64 noundef %1) #6
  br label %16

13:                                               ; preds = %10
  tail call void @bad_copy() #6
  br label %16

14:                                               ; preds = %6, %2
  %15 = tail call i64 @copy_raw(i8* noundef %0, i64 noundef %1) #6
  br label %16

16:                                               ; preds = %14, %13, %12
  %17 = phi i64 [ %15, %14 ], [ -1, %13 ], [ -1, %12 ]
  ret i64 %17
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(i8* noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i64 @fill_new(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i8* @alloc_sized(i64 noundef %0) #7
  %4 = tail call i64 @llvm.objectsize.i64.p0i8(i8* %3, i1 false, i1 true, i1 false) #5
  %5 = trunc i64 %4 to i32
  %6 = icmp sgt i32 %5, -1
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = shl i64 %4, 32
  %9 = ashr exact i64 %8, 32
  %10 = icmp ult i64 %9, %1
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = tail call i1 @llvm.is.constant.i64(i64 %1) #5
  br i1 %12, label %14, label %13

13:                                               ; preds = %11
  tail call void @copy_overflow(i32 noundef %5, i64 noundef %1) #6
  br label %17

14:                                               ; preds = %11
  tail call void @bad_copy() #6
  br label %17

15:                                               ; preds = %7, %2
  %16 = tail call i64 @copy_raw(i8* noundef %3, i64 noundef %1) #6
  br label %17

17:                                               ; preds = %15, %14, %13
  %18 = phi i64 [ %16, %15 ], [ -1, %14 ], [ -1, %13 ]
  ret i64 %18
}

; Function Attrs: noredzone allocsize(0)
declare dso_local i8* @alloc_sized(i64 noundef) local_unnamed_addr #2

; Function Attrs: noredzone nounwind
define dso_local i8* @alloc_wrapped(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i8* @alloc_sized(i64 noundef %0) #7
  ret i8* %2
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.objectsize.i64.p0i8(i8*, i1 immarg, i1 immarg, i1 immarg) #3

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noredzone allocsize(0) "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { convergent nofree nosync nounwind readnone willreturn }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #7 = { nobuiltin noredzone nounwind allocsize(0) "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/sized_lib.o", hash: (2874149760, 3615240802, 772680559, 1683777166, 2456727131))
^1 = gv: (name: "llvm.objectsize.i64.p0i8") ; guid = 1164459210707046652
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "fill_buf", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7), (callee: ^2), (callee: ^4))))) ; guid = 2583548155927911211
^4 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^5 = gv: (name: "alloc_sized") ; guid = 3046554565360225346
^6 = gv: (name: "fill_new", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 19, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^7), (callee: ^2), (callee: ^4))))) ; guid = 10086643008192010253
^7 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^8 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^9 = gv: (name: "alloc_wrapped", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5))))) ; guid = 17326086998780102229
^10 = blockcount: 15
