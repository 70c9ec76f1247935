source_filename = "src/folding/range_local.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @range_local_a() local_unnamed_addr #0 {
  %1 = tail call fastcc i64 @fill(i32 noundef 32) #5
  ret i64 %1
}

; Function Attrs: noinline noredzone nounwind
define internal fastcc i64 @fill(i32 noundef %0) unnamed_addr #1 {
  %2 = alloca [40 x i8], align 16
  %3 = getelementptr inbounds [40 x i8], [40 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 40, i8* nonnull %3) #6
  %4 = zext i32 %0 to i64
  %5 = icmp ugt i32 %0, 40
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = tail call i1 @llvm.is.constant.i64(i64 %4) #6
  br i1 %7, label %9, label %8

8:                                                ; preds = %6
  tail call void @copy_overflow(i32 noundef 40, i64 noundef %4) #7
  br label %12

9:                                                ; preds = %6
  tail call void @bad_copy() #7
  br label %12

10:                                               ; preds = %1
  %11 = call i64 @copy_raw(i8* noundef nonnull %3, i64 noundef %4) #7
  br label %12

12:                                               ; preds = %10, %9, %8
  %13 = phi i64 [ %11, %10 ], [ -1, %9 ], [ -1, %8 ]
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %3) #6
  ret i64 %13
}

; Function Attrs: noredzone nounwind
define dso_local i64 @range_local_b() local_unnamed_addr #0 {
  %1 = tail call fastcc i64 @fill(i32 noundef 40) #5
  ret i64 %1
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(i8* noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #3

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nosync nounwind willreturn }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nofree nosync nounwind readnone willreturn }
attributes #5 = { nobuiltin noredzone "no-builtins" }
attributes #6 = { nounwind }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/range_local.o", hash: (3830839032, 1034529875, 1356722844, 711803803, 2549691312))
^1 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^2 = gv: (name: "range_local_b", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5))))) ; guid = 2609028340186941055
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^5 = gv: (name: "fill", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6), (callee: ^1), (callee: ^3))))) ; guid = 8515298741334909423
^6 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = gv: (name: "range_local_a", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5))))) ; guid = 16913358922012629448
^10 = blockcount: 8
