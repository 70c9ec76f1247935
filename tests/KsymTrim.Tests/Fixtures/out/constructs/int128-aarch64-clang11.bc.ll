source_filename = "src/constructs/int128.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @udiv128(i128 %0, i128 %1) local_unnamed_addr #0 {
  %3 = udiv i128 %0, %1
  ret i128 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @sdiv128(i128 %0, i128 %1) local_unnamed_addr #0 {
  %3 = sdiv i128 %0, %1
  ret i128 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @umod128(i128 %0, i128 %1) local_unnamed_addr #0 {
  %3 = urem i128 %0, %1
  ret i128 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @smod128(i128 %0, i128 %1) local_unnamed_addr #0 {
  %3 = srem i128 %0, %1
  ret i128 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @mul128(i128 %0, i128 %1) local_unnamed_addr #0 {
  %3 = mul i128 %1, %0
  ret i128 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @mul_u64_u64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = zext i64 %0 to i128
  %4 = zext i64 %1 to i128
  %5 = mul nuw i128 %4, %3
  ret i128 %5
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @shl128(i128 %0, i32 %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i128
  %4 = shl i128 %0, %3
  ret i128 %4
}

; Function Attrs: norecurse nounwind readnone
define dso_local i128 @ashr128(i128 %0, i32 %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i128
  %4 = ashr i128 %0, %3
  ret i128 %4
}

; Function Attrs: nofree nounwind writeonly
define dso_local i32 @mulo128(i128 %0, i128 %1, i128* nocapture %2) local_unnamed_addr #1 {
  %4 = tail call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %0, i128 %1)
  %5 = extractvalue { i128, i1 } %4, 1
  %6 = extractvalue { i128, i1 } %4, 0
  store i128 %6, i128* %2, align 16
  %7 = zext i1 %5 to i32
  ret i32 %7
}

; Function Attrs: nounwind readnone speculatable willreturn
declare { i128, i1 } @llvm.smul.with.overflow.i128(i128, i128) #2

; Function Attrs: nofree nounwind writeonly
define dso_local i32 @umulo128(i128 %0, i128 %1, i128* nocapture %2) local_unnamed_addr #1 {
  %4 = tail call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %0, i128 %1)
  %5 = extractvalue { i128, i1 } %4, 1
  %6 = extractvalue { i128, i1 } %4, 0
  store i128 %6, i128* %2, align 16
  %7 = zext i1 %5 to i32
  ret i32 %7
}

; Function Attrs: nounwind readnone speculatable willreturn
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128) #2

; Function Attrs: nofree nounwind writeonly
define dso_local i32 @mulo64(i64 %0, i64 %1, i64* nocapture %2) local_unnamed_addr #1 {
  %4 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)
  %5 = extractvalue { i64, i1 } %4, 1
  %6 = extractvalue { i64, i1 } %4, 0
  store i64 %6, i64* %2, align 8
  %7 = zext i1 %5 to i32
  ret i32 %7
}

; Function Attrs: nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #2

attributes #0 = { norecurse nounwind readnone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { nofree nounwind writeonly "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="non-leaf" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/int128-aarch64-clang11.bc", hash: (344513662, 1713667546, 1756135908, 3035039624, 4217020185))
^1 = gv: (name: "umod128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 1841811836964917511
^2 = gv: (name: "udiv128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 2406012420090523394
^3 = gv: (name: "mulo128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6))) ; guid = 5366768625771270002
^4 = gv: (name: "sdiv128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 6743000686823074623
^5 = gv: (name: "umulo128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6))) ; guid = 6978955478983093636
^6 = gv: (name: "llvm.smul.with.overflow.i64") ; guid = 7486537275586751310
^7 = gv: (name: "shl128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 7603018681191873091
^8 = gv: (name: "mulo64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6))) ; guid = 8314254844394515491
^9 = gv: (name: "llvm.smul.with.overflow.i128") ; guid = 8658012644094099977
^10 = gv: (name: "mul128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 9413205640094327453
^11 = gv: (name: "smod128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 10100036318780920658
^12 = gv: (name: "mul_u64_u64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 10215600675594969255
^13 = gv: (name: "ashr128", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 11051429569959759619
^14 = gv: (name: "llvm.umul.with.overflow.i128") ; guid = 15761628695177264453
^15 = blockcount: 11
