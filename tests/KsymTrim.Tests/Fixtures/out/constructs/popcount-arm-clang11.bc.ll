source_filename = "src/constructs/popcount.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabi"

; Function Attrs: nounwind readnone
define dso_local i32 @pc32(i32 %0) local_unnamed_addr #0 {
  %2 = tail call i32 @llvm.ctpop.i32(i32 %0), !range !3
  ret i32 %2
}

; Function Attrs: nounwind readnone speculatable willreturn
declare i32 @llvm.ctpop.i32(i32) #1

; Function Attrs: nounwind readnone
define dso_local i32 @pc64(i64 %0) local_unnamed_addr #0 {
  %2 = tail call i64 @llvm.ctpop.i64(i64 %0), !range !4
  %3 = trunc i64 %2 to i32
  ret i32 %3
}

; Function Attrs: nounwind readnone speculatable willreturn
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: nounwind readnone
define dso_local i32 @clz64(i64 %0) local_unnamed_addr #0 {
  %2 = tail call i64 @llvm.ctlz.i64(i64 %0, i1 false), !range !4
  %3 = trunc i64 %2 to i32
  ret i32 %3
}

; Function Attrs: nounwind readnone speculatable willreturn
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #1

; Function Attrs: nounwind readnone
define dso_local i32 @ctz64(i64 %0) local_unnamed_addr #0 {
  %2 = tail call i64 @llvm.cttz.i64(i64 %0, i1 false), !range !4
  %3 = trunc i64 %2 to i32
  ret i32 %3
}

; Function Attrs: nounwind readnone speculatable willreturn
declare i64 @llvm.cttz.i64(i64, i1 immarg) #1

; Function Attrs: nounwind readnone
define dso_local i32 @parity32(i32 %0) local_unnamed_addr #0 {
  %2 = tail call i32 @llvm.ctpop.i32(i32 %0), !range !3
  %3 = and i32 %2, 1
  ret i32 %3
}

attributes #0 = { nounwind readnone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+soft-float,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "unsafe-fp-math"="false" "use-soft-float"="true" }
attributes #1 = { nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{i32 0, i32 33}
!4 = !{i64 0, i64 65}

^0 = module: (path: "out/constructs/popcount-arm-clang11.bc", hash: (1829834783, 4019247185, 293005801, 1193738715, 3802070987))
^1 = gv: (name: "ctz64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 3502699264173335365
^2 = gv: (name: "llvm.ctpop.i64") ; guid = 5875193855948947411
^3 = gv: (name: "llvm.cttz.i64") ; guid = 10466898313917577349
^4 = gv: (name: "llvm.ctpop.i32") ; guid = 10956606204485869642
^5 = gv: (name: "clz64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 11093805313391459880
^6 = gv: (name: "llvm.ctlz.i64") ; guid = 15146615656485281006
^7 = gv: (name: "pc32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 17106330151465136024
^8 = gv: (name: "pc64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 17578947252299175465
^9 = gv: (name: "parity32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 18237415515949071743
^10 = blockcount: 5
