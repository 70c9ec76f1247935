source_filename = "src/folding/range_taken.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@range_taken_hook = dso_local local_unnamed_addr global ptr @fill, align 8

; Function Attrs: noinline noredzone nounwind
define internal i64 @fill(i32 noundef %0) #0 {
  %2 = alloca [40 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = zext i32 %0 to i64
  %4 = icmp ugt i32 %0, 40
  br i1 %4, label %5, label %9

5:                                                ; preds = %1
  %6 = tail call i1 @llvm.is.constant.i64(i64 range(i64 0, 4294967296) %3)
  br i1 %6, label %8, label %7

7:                                                ; preds = %5
  tail call void @copy_overflow(i32 noundef 40, i64 noundef range(i64 0, 4294967296) %3) #6
  br label %11

8:                                                ; preds = %5
  tail call void @bad_copy() #6
  br label %11

9:                                                ; preds = %1
  %10 = call i64 @copy_raw(ptr noundef nonnull %2, i64 noundef %3) #6
  br label %11

11:                                               ; preds = %9, %8, %7
  %12 = phi i64 [ %10, %9 ], [ -1, %7 ], [ -1, %8 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i64 %12
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

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local void @copy_overflow(i32 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local void @bad_copy() local_unnamed_addr #3

attributes #0 = { noinline noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #7 = { nobuiltin noredzone "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/range_taken.o", hash: (2093157059, 124985093, 1809600552, 456467018, 1653290678))
^1 = gv: (name: "bad_copy") ; guid = 2265921213226682635
^2 = gv: (name: "fill", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8, tail: 1), (callee: ^1, tail: 1), (callee: ^4))))) ; guid = 2664881531054242086
^3 = gv: (name: "range_taken_a", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1))))) ; guid = 2734860726520949145
^4 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^5 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^6 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^7 = gv: (name: "range_taken_hook", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0), refs: (^2)))) ; guid = 13672676377099262660
^8 = gv: (name: "copy_overflow") ; guid = 13861861677896618241
^9 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^10 = gv: (name: "range_taken_b", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1))))) ; guid = 18105957253648539261
^11 = blockcount: 0
