source_filename = "src/constructs/atomics.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i32 @add32(i32* nocapture %0, i32 %1) local_unnamed_addr #0 {
  %3 = atomicrmw add i32* %0, i32 %1 seq_cst
  ret i32 %3
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i64 @add64(i64* nocapture %0, i64 %1) local_unnamed_addr #0 {
  %3 = atomicrmw add i64* %0, i64 %1 seq_cst
  ret i64 %3
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i64 @or64_relaxed(i64* nocapture %0, i64 %1) local_unnamed_addr #0 {
  %3 = atomicrmw or i64* %0, i64 %1 monotonic
  ret i64 %3
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i64 @xchg64(i64* nocapture %0, i64 %1) local_unnamed_addr #0 {
  %3 = atomicrmw xchg i64* %0, i64 %1 seq_cst
  ret i64 %3
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i32 @cmpxchg64(i64* nocapture %0, i64* nocapture %1, i64 %2) local_unnamed_addr #0 {
  %4 = load i64, i64* %1, align 8
  %5 = cmpxchg i64* %0, i64 %4, i64 %2 seq_cst seq_cst
  %6 = extractvalue { i64, i1 } %5, 1
  br i1 %6, label %9, label %7

7:                                                ; preds = %3
  %8 = extractvalue { i64, i1 } %5, 0
  store i64 %8, i64* %1, align 8
  br label %9

9:                                                ; preds = %7, %3
  %10 = zext i1 %6 to i32
  ret i32 %10
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i64 @load64(i64* nocapture readonly %0) local_unnamed_addr #0 {
  %2 = load atomic i64, i64* %0 acquire, align 8
  ret i64 %2
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local void @store64(i64* nocapture %0, i64 %1) local_unnamed_addr #0 {
  store atomic i64 %1, i64* %0 release, align 8
  ret void
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i32 @sync_cas32(i32* nocapture %0, i32 %1, i32 %2) local_unnamed_addr #0 {
  %4 = cmpxchg i32* %0, i32 %1, i32 %2 seq_cst seq_cst
  %5 = extractvalue { i32, i1 } %4, 0
  ret i32 %5
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i64 @add64_aligned(i64* nocapture %0, i64 %1) local_unnamed_addr #0 {
  %3 = atomicrmw add i64* %0, i64 %1 seq_cst
  ret i64 %3
}

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local i32 @cmpxchg64_aligned(i64* nocapture %0, i64* nocapture %1, i64 %2) local_unnamed_addr #0 {
  %4 = load i64, i64* %1, align 8
  %5 = cmpxchg i64* %0, i64 %4, i64 %2 seq_cst seq_cst
  %6 = extractvalue { i64, i1 } %5, 1
  br i1 %6, label %9, label %7

7:                                                ; preds = %3
  %8 = extractvalue { i64, i1 } %5, 0
  store i64 %8, i64* %1, align 8
  br label %9

9:                                                ; preds = %7, %3
  %10 = zext i1 %6 to i32
  ret i32 %10
}

attributes #0 = { nofree norecurse noredzone nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/atomics-x86_64-clang11.bc", hash: (4163171589, 3682385718, 1155816923, 2246529364, 3539306215))
^1 = gv: (name: "store64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 1334768272710997815
^2 = gv: (name: "add64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 1500270855278295424
^3 = gv: (name: "add32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 2324224856652153742
^4 = gv: (name: "xchg64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 5390704914294435788
^5 = gv: (name: "cmpxchg64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 7023473142232671123
^6 = gv: (name: "add64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 8251914205637387089
^7 = gv: (name: "sync_cas32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 8972348690266355178
^8 = gv: (name: "load64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 9724330452035521712
^9 = gv: (name: "cmpxchg64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 12214289539108987889
^10 = gv: (name: "or64_relaxed", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 12255548624544682625
^11 = blockcount: 14
