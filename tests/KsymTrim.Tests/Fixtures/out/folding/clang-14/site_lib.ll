source_filename = "src/folding/site_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @read_words(i64* noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = bitcast i64* %0 to i8*
  %4 = shl i64 %1, 3
  %5 = tail call i64 @llvm.objectsize.i64.p0i8(i8* %3, i1 false, i1 true, i1 false) #4
  %6 = trunc i64 %5 to i32
  %7 = icmp sgt i32 %6, -1
  br i1 %7, label %8, label %16

8:                                                ; preds = %2
  %9 = shl i64 %5, 32
  %10 = ashr exact i64 %9, 32
  %11 = icmp ult i64 %10, %4
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = tail call i1 @llvm.is.constant.i64(i64 %4) #4
  br i1 %13, label %15, label %14

14:                                               ; preds = %12
  tail call void @copy_overflow(i32 noundef %6, i64 noundef %4) #5
  br label %18

15:                                               ; preds = %12
  tail call void @bad_copy() #5
  br label %18

16:                                               ; preds = %8, %2
  %17 = tail call i64 @copy_raw(i8* noundef %3, i64 noundef %4) #5
  br label %18

18:                                               ; preds = %16, %15, %14
  %19 = phi i64 [ %17, %16 ], [ -1, %15 ], [ -1, %14 ]
  ret i64 %19
}

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(i8* noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i64 @apply_words(i64 (i64*, i64)* nocapture noundef readonly %0, i64* noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i64 %0(i64* noundef %1, i64 noundef %2) #5
  ret i64 %4
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.objectsize.i64.p0i8(i8*, i1 immarg, i1 immarg, i1 immarg) #2

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { convergent nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/site_lib.o", hash: (1625238781, 896663908, 1454552797, 3241700117, 3808518432))
^1 = gv: (name: "llvm.objectsize.i64.p0i8") ; guid = 1164459210707046652
^2 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "read_words", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 20, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6), (callee: ^2), (callee: ^3))))) ; guid = 8247137097289421333
^5 = gv: (name: "apply_words", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 9647346791241895256
^6 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = blockcount: 8
