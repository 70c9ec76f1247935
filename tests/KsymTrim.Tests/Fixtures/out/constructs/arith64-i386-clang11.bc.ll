source_filename = "src/constructs/arith64.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-linux-gnu"

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @udiv64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = udiv i64 %0, %1
  ret i64 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @umod64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = urem i64 %0, %1
  ret i64 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @sdiv64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = sdiv i64 %0, %1
  ret i64 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @smod64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = srem i64 %0, %1
  ret i64 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @udiv64_const(i64 %0) local_unnamed_addr #0 {
  %2 = udiv i64 %0, 1000
  ret i64 %2
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @shl64(i64 %0, i32 %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i64
  %4 = shl i64 %0, %3
  ret i64 %4
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @lshr64(i64 %0, i32 %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i64
  %4 = lshr i64 %0, %3
  ret i64 %4
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @ashr64(i64 %0, i32 %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i64
  %4 = ashr i64 %0, %3
  ret i64 %4
}

; Function Attrs: norecurse nounwind readnone
define dso_local i64 @mul64(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = mul i64 %1, %0
  ret i64 %3
}

; Function Attrs: nofree nounwind writeonly
define dso_local i32 @mulo64(i64 %0, i64 %1, i64* nocapture %2) local_unnamed_addr #1 {
  %4 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)
  %5 = extractvalue { i64, i1 } %4, 1
  %6 = extractvalue { i64, i1 } %4, 0
  store i64 %6, i64* %2, align 4
  %7 = zext i1 %5 to i32
  ret i32 %7
}

; Function Attrs: nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #2

; Function Attrs: norecurse nounwind readnone
define dso_local i32 @udiv32(i32 %0, i32 %1) local_unnamed_addr #0 {
  %3 = udiv i32 %0, %1
  ret i32 %3
}

; Function Attrs: norecurse nounwind readnone
define dso_local i32 @smod32(i32 %0, i32 %1) local_unnamed_addr #0 {
  %3 = srem i32 %0, %1
  ret i32 %3
}

attributes #0 = { norecurse nounwind readnone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { nofree nounwind writeonly "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/arith64-i386-clang11.bc", hash: (491619397, 1296505913, 612136576, 2309025182, 3100692601))
^1 = gv: (name: "mul64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 3674784752165773001
^2 = gv: (name: "sdiv64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 5303568322777757550
^3 = gv: (name: "smod32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 6086194083250228471
^4 = gv: (name: "llvm.smul.with.overflow.i64") ; guid = 7486537275586751310
^5 = gv: (name: "lshr64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 8193920400750460013
^6 = gv: (name: "mulo64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6))) ; guid = 8314254844394515491
^7 = gv: (name: "ashr64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 8874494914079038640
^8 = gv: (name: "shl64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 10721063340560473391
^9 = gv: (name: "smod64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 11591898385606950260
^10 = gv: (name: "udiv32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 11635243802920984149
^11 = gv: (name: "umod64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 12560275263521246149
^12 = gv: (name: "udiv64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 14465431912361464251
^13 = gv: (name: "udiv64_const", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 15082802897812027399
^14 = blockcount: 12
