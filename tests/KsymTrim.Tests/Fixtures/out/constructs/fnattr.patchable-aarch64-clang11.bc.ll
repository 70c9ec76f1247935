source_filename = "src/constructs/fnattr.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

@hook = external dso_local local_unnamed_addr global void (i32)*, align 8

; Function Attrs: nounwind
define dso_local i32 @with_buffer(i32 %0) local_unnamed_addr #0 {
  %2 = alloca [64 x i8], align 1
  %3 = getelementptr inbounds [64 x i8], [64 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %3) #5
  call void @fill(i8* nonnull %3, i64 64) #6
  %4 = and i32 %0, 63
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds [64 x i8], [64 x i8]* %2, i64 0, i64 %5
  %7 = load i8, i8* %6, align 1, !tbaa !2
  %8 = zext i8 %7 to i32
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %3) #5
  ret i32 %8
}

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

declare dso_local void @fill(i8*, i64) local_unnamed_addr #2

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind
define dso_local void @via_hook(i32 %0) local_unnamed_addr #0 {
  %2 = load void (i32)*, void (i32)** @hook, align 8, !tbaa !5
  tail call void %2(i32 %0) #6
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @dispatch(void (i32)* nocapture %0, i32 %1) local_unnamed_addr #0 {
  tail call void %0(i32 %1) #6
  ret i32 0
}

; Function Attrs: norecurse nounwind readnone
define dso_local i8* @get_cb() local_unnamed_addr #3 {
  ret i8* bitcast (void (i32)* @local_cb to i8*)
}

; Function Attrs: nounwind
define internal void @local_cb(i32 %0) #0 {
  %2 = add nsw i32 %0, 1
  tail call void @ext_fn(i32 %2) #6
  ret void
}

; Function Attrs: nofree norecurse nounwind
define dso_local void @leaf(i32* nocapture %0) local_unnamed_addr #4 {
  %2 = load i32, i32* %0, align 4, !tbaa !7
  %3 = add nsw i32 %2, 1
  store i32 %3, i32* %0, align 4, !tbaa !7
  ret void
}

; Function Attrs: norecurse nounwind readnone
define dso_local i32 @sw(i32 %0) local_unnamed_addr #3 {
  switch i32 %0, label %7 [
    i32 0, label %8
    i32 1, label %2
    i32 2, label %3
    i32 3, label %4
    i32 4, label %5
    i32 5, label %6
  ]

2:                                                ; preds = %1
  br label %8

3:                                                ; preds = %1
  br label %8

4:                                                ; preds = %1
  br label %8

5:                                                ; preds = %1
  br label %8

6:                                                ; preds = %1
  br label %8

7:                                                ; preds = %1
  br label %8

8:                                                ; preds = %7, %6, %5, %4, %3, %2, %1
  %9 = phi i32 [ 0, %7 ], [ 67, %6 ], [ 53, %5 ], [ 41, %4 ], [ 37, %3 ], [ 23, %2 ], [ 11, %1 ]
  ret i32 %9
}

declare dso_local void @ext_fn(i32) local_unnamed_addr #2

attributes #0 = { nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "patchable-function-entry"="2" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { argmemonly nounwind willreturn }
attributes #2 = { "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "no-builtins" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #3 = { norecurse nounwind readnone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "patchable-function-entry"="2" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #4 = { nofree norecurse nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "patchable-function-entry"="2" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!2 = !{!3, !3, i64 0}
!3 = !{!"omnipotent char", !4, i64 0}
!4 = !{!"Simple C/C++ TBAA"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !3, i64 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !3, i64 0}

^0 = module: (path: "out/constructs/fnattr.patchable-aarch64-clang11.bc", hash: (752580601, 2181109264, 2300069408, 2253169677, 3284971107))
^1 = gv: (name: "sw", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 857646451196277571
^2 = gv: (name: "fill") ; guid = 2425385780060312229
^3 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^4 = gv: (name: "with_buffer", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, calls: ((callee: ^2))))) ; guid = 4898793168018716531
^5 = gv: (name: "local_cb", summaries: (function: (module: ^0, flags: (linkage: internal, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^7))))) ; guid = 5404834674067947297
^6 = gv: (name: "leaf", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 7399155579282764986
^7 = gv: (name: "ext_fn") ; guid = 8626080522599517539
^8 = gv: (name: "hook") ; guid = 10162489648311326810
^9 = gv: (name: "dispatch", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 10684185348653899165
^10 = gv: (name: "via_hook", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, refs: (readonly ^8)))) ; guid = 10785160887101419363
^11 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^12 = gv: (name: "get_cb", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0), refs: (^5)))) ; guid = 18065462358194894652
^13 = blockcount: 14
