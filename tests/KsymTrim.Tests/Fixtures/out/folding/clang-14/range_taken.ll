source_filename = "src/folding/range_taken.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@range_taken_hook = dso_local local_unnamed_addr global i64 (i32)* @fill, align 8

; Function Attrs: noinline noredzone nounwind
define internal i64 @fill(i32 noundef %0) #0 {
  %2 = alloca [40 x i8], align 16
  %3 = getelementptr inbounds [40 x i8], [40 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 40, i8* nonnull %3) #5
  %4 = zext i32 %0 to i64
  %5 = icmp ugt i32 %0, 40
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = tail call i1 @llvm.is.constant.i64(i64 %4) #5
  br i1 %7, label %9, label %8

8:                                                ; preds = %6
  tail call void @copy_overflow(i32 noundef 40, i64 noundef %4) #6
  br label %12

9:                                                ; preds = %6
  tail call void @bad_copy() #6
  br label %12

10:                                               ; preds = %1
  %11 = call i64 @copy_raw(i8* noundef nonnull %3, i64 noundef %4) #6
  br label %12

12:                                               ; preds = %10, %9, %8
  %13 = phi i64 [ %11, %10 ], [ -1, %9 ], [ -1, %8 ]
  call void @llvm.lifetime.end.p0i8(i64 40, i8* nonnull %3) #5
  ret i64 %13
}

; Function Attrs: noredzone nounwind
define dso_local i64 @range_taken_a() local_unnamed_addr #1 {
  %1 = tail call i64 @fill(i32 noundef 32) #7
  ret i64 %1
}

; Function Attrs: noredzone nounwind
define dso_local i64 @range_taken_b() local_unnamed_addr #1 {
  %1 = tail call i64 @fill(i32 noundef 40) #7
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

attributes #0 = { noinline noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nosync nounwind willreturn }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nofree nosync nounwind readnone willreturn }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #7 = { nobuiltin noredzone "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/folding/clang-14/range_taken.o", hash: (2636854163, 3072563373, 2007986396, 2315449236, 37868778))
^1 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^2 = gv: (name: "range_taken_a", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^9))))) ; guid = 2734860726520949145
^3 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^4 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^5 = gv: (name: "range_taken_hook", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0), refs: (^9)))) ; guid = 13672676377099262660
^6 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^9 = gv: (name: "fill", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6), (callee: ^1), (callee: ^3))))) ; guid = 14843972728110021209
^10 = gv: (name: "range_taken_b", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^9))))) ; guid = 18105957253648539261
^11 = blockcount: 8
