source_filename = "src/constructs/retpoline.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@global_ops = external dso_local local_unnamed_addr global ptr, align 8
@handlers = external dso_local local_unnamed_addr global [16 x ptr], align 16
@computed_goto.labels = internal unnamed_addr constant [3 x ptr] [ptr blockaddress(@computed_goto, %8), ptr blockaddress(@computed_goto, %6), ptr blockaddress(@computed_goto, %7)], align 16

; Function Attrs: noredzone nounwind
define dso_local void @call_reg(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  tail call void %0(i32 noundef %1) #3
  %3 = add nsw i32 %1, 1
  tail call void %0(i32 noundef %3) #3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @call_mem(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr @global_ops, align 8, !tbaa !8
  %3 = load ptr, ptr %2, align 8, !tbaa !11
  tail call void %3(i32 noundef %0) #3
  tail call void @ext(i32 noundef %0) #3
  ret void
}

; Function Attrs: noredzone
declare dso_local void @ext(i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local range(i32 -2147483647, -2147483648) i32 @call_ops(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %5 = load ptr, ptr %4, align 8, !tbaa !13
  %6 = tail call i32 %5(i32 noundef %1, i32 noundef %2) #3
  %7 = add nsw i32 %6, 1
  ret i32 %7
}

; Function Attrs: noredzone nounwind
define dso_local void @call_table(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = and i32 %0, 15
  %4 = zext nneg i32 %3 to i64
  %5 = getelementptr inbounds nuw ptr, ptr @handlers, i64 %4
  %6 = load ptr, ptr %5, align 8, !tbaa !14
  tail call void %6(i32 noundef %1) #3
  tail call void @ext(i32 noundef 0) #3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @tail_reg(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  tail call void %0(i32 noundef %1) #3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i32 @tail_ops(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %4 = load ptr, ptr %3, align 8, !tbaa !13
  %5 = tail call i32 %4(i32 noundef %1, i32 noundef %1) #3
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none)
define dso_local range(i32 0, 98) i32 @dense_switch(i32 noundef %0) local_unnamed_addr #2 {
  switch i32 %0, label %10 [
    i32 0, label %11
    i32 1, label %2
    i32 2, label %3
    i32 3, label %4
    i32 4, label %5
    i32 5, label %6
    i32 6, label %7
    i32 7, label %8
    i32 8, label %9
  ]

2:                                                ; preds = %1
  br label %11

3:                                                ; preds = %1
  br label %11

4:                                                ; preds = %1
  br label %11

5:                                                ; preds = %1
  br label %11

6:                                                ; preds = %1
  br label %11

7:                                                ; preds = %1
  br label %11

8:                                                ; preds = %1
  br label %11

9:                                                ; preds = %1
  br label %11

10:                                               ; preds = %1
  br label %11

11:                                               ; preds = %10, %9, %8, %7, %6, %5, %4, %3, %2, %1
  %12 = phi i32 [ 0, %10 ], [ 97, %9 ], [ 23, %2 ], [ 37, %3 ], [ 41, %4 ], [ 53, %5 ], [ 67, %6 ], [ 71, %7 ], [ 83, %8 ], [ 11, %1 ]
  ret i32 %12
}

; Function Attrs: noredzone nounwind
define dso_local void @switch_calls(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp ult i32 %0, 8
  br i1 %2, label %3, label %6

3:                                                ; preds = %1
  %4 = mul nuw nsw i32 %0, 11
  %5 = add nuw nsw i32 %4, 10
  tail call void @ext(i32 noundef %5) #3
  br label %6

6:                                                ; preds = %3, %1
  ret void
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none)
define dso_local range(i32 1, 4) i32 @computed_goto(i32 noundef %0) local_unnamed_addr #2 {
  %2 = srem i32 %0, 3
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds ptr, ptr @computed_goto.labels, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !14
  indirectbr ptr %5, [label %8, label %6, label %7]

6:                                                ; preds = %1
  br label %8

7:                                                ; preds = %1
  br label %8

8:                                                ; preds = %7, %6, %1
  %9 = phi i32 [ 3, %7 ], [ 2, %6 ], [ 1, %1 ]
  ret i32 %9
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none)
define dso_local range(i32 -2147483647, -2147483648) i32 @leaf(i32 noundef %0) local_unnamed_addr #2 {
  %2 = mul nsw i32 %0, 3
  %3 = add nsw i32 %2, 1
  ret i32 %3
}

; Function Attrs: noredzone nounwind
define dso_local range(i32 -2147483647, -2147483648) i32 @call_args1(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 %0(i32 noundef %1) #3
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noredzone nounwind
define dso_local range(i32 -2147483647, -2147483648) i32 @call_args2(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i32 %0(i32 noundef %1, i32 noundef %2) #3
  %5 = add nsw i32 %4, 1
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local range(i32 -2147483647, -2147483648) i32 @call_args3(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = tail call i32 %0(i32 noundef %1, i32 noundef %2, i32 noundef %3) #3
  %6 = add nsw i32 %5, 1
  ret i32 %6
}

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 4, !"indirect_branch_cs_prefix", i32 1}
!2 = !{i32 1, !"Code Model", i32 2}
!3 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"p1 _ZTS3ops", !10, i64 0}
!10 = !{!"any pointer", !6, i64 0}
!11 = !{!12, !10, i64 0}
!12 = !{!"ops", !10, i64 0, !10, i64 8, !10, i64 16}
!13 = !{!12, !10, i64 16}
!14 = !{!10, !10, i64 0}

^0 = module: (path: "out/constructs/retpoline.cs-x86_64-clang22.bc", hash: (3353529492, 1882845042, 638009338, 2361315713, 1045299056))
^1 = gv: (name: "call_table", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^16, tail: 1)), refs: (^7)))) ; guid = 935497685401261772
^2 = gv: (name: "computed_goto", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (^14)))) ; guid = 1000909189991024853
^3 = gv: (name: "global_ops") ; guid = 2656251151420649669
^4 = gv: (name: "call_mem", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^16, tail: 1)), refs: (readonly ^3)))) ; guid = 6003771765595015639
^5 = gv: (name: "leaf", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 7399155579282764986
^6 = gv: (name: "tail_reg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7597771772002933099
^7 = gv: (name: "handlers") ; guid = 8719798672381840252
^8 = gv: (name: "switch_calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^16, tail: 1))))) ; guid = 9097967327056808571
^9 = gv: (name: "call_args3", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 9231535936810002478
^10 = gv: (name: "call_ops", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 9382647630903642620
^11 = gv: (name: "tail_ops", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 10022525512363022107
^12 = gv: (name: "call_reg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 10745555306397045987
^13 = gv: (name: "dense_switch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 13075937994945360482
^14 = gv: (name: "computed_goto.labels", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 13840795999538166761
^15 = gv: (name: "call_args1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 15062562839600821398
^16 = gv: (name: "ext") ; guid = 15493320556550420395
^17 = gv: (name: "call_args2", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 15928608257592919237
^18 = blockcount: 0
