source_filename = "src/constructs/atomics.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define dso_local i32 @add32(i32* nocapture %0, i32 %1) local_unnamed_addr #0 {
  %3 = atomicrmw add i32* %0, i32 %1 seq_cst
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local i64 @add64(i64* %0, i64 %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_add_8(i8* %3, i64 %1, i32 5) #2
  ret i64 %4
}

declare dso_local i64 @__atomic_fetch_add_8(i8*, i64, i32) local_unnamed_addr

; Function Attrs: nounwind
define dso_local i64 @or64_relaxed(i64* %0, i64 %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_or_8(i8* %3, i64 %1, i32 0) #2
  ret i64 %4
}

declare dso_local i64 @__atomic_fetch_or_8(i8*, i64, i32) local_unnamed_addr

; Function Attrs: nounwind
define dso_local i64 @xchg64(i64* %0, i64 %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_exchange_8(i8* %3, i64 %1, i32 5) #2
  ret i64 %4
}

declare dso_local i64 @__atomic_exchange_8(i8*, i64, i32) local_unnamed_addr

; Function Attrs: nounwind
define dso_local i32 @cmpxchg64(i64* %0, i64* %1, i64 %2) local_unnamed_addr #1 {
  %4 = bitcast i64* %0 to i8*
  %5 = bitcast i64* %1 to i8*
  %6 = tail call zeroext i1 @__atomic_compare_exchange_8(i8* %4, i8* %5, i64 %2, i32 5, i32 5) #2
  %7 = zext i1 %6 to i32
  ret i32 %7
}

declare dso_local i1 @__atomic_compare_exchange_8(i8*, i8*, i64, i32, i32) local_unnamed_addr

; Function Attrs: nounwind
define dso_local i64 @load64(i64* %0) local_unnamed_addr #1 {
  %2 = bitcast i64* %0 to i8*
  %3 = tail call i64 @__atomic_load_8(i8* %2, i32 2) #2
  ret i64 %3
}

declare dso_local i64 @__atomic_load_8(i8*, i32) local_unnamed_addr

; Function Attrs: nounwind
define dso_local void @store64(i64* %0, i64 %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  tail call void @__atomic_store_8(i8* %3, i64 %1, i32 3) #2
  ret void
}

declare dso_local void @__atomic_store_8(i8*, i64, i32) local_unnamed_addr

; Function Attrs: nofree norecurse nounwind
define dso_local i32 @sync_cas32(i32* nocapture %0, i32 %1, i32 %2) local_unnamed_addr #0 {
  %4 = cmpxchg i32* %0, i32 %1, i32 %2 seq_cst seq_cst
  %5 = extractvalue { i32, i1 } %4, 0
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local i64 @add64_aligned(i64* %0, i64 %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_add_8(i8* %3, i64 %1, i32 5) #2
  ret i64 %4
}

; Function Attrs: nounwind
define dso_local i32 @cmpxchg64_aligned(i64* %0, i64* %1, i64 %2) local_unnamed_addr #1 {
  %4 = bitcast i64* %0 to i8*
  %5 = bitcast i64* %1 to i8*
  %6 = tail call zeroext i1 @__atomic_compare_exchange_8(i8* %4, i8* %5, i64 %2, i32 5, i32 5) #2
  %7 = zext i1 %6 to i32
  ret i32 %7
}

attributes #0 = { nofree norecurse nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i486" "target-features"="+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i486" "target-features"="+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/atomics.i486-i386-clang11.bc", hash: (1578346485, 1025968907, 2276754373, 3887018656, 2148092495))
^1 = gv: (name: "store64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^5))))) ; guid = 1334768272710997815
^2 = gv: (name: "add64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^16))))) ; guid = 1500270855278295424
^3 = gv: (name: "add32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 2324224856652153742
^4 = gv: (name: "__atomic_fetch_or_8") ; guid = 3138854439370320992
^5 = gv: (name: "__atomic_store_8") ; guid = 3745447142881098468
^6 = gv: (name: "xchg64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^9))))) ; guid = 5390704914294435788
^7 = gv: (name: "__atomic_load_8") ; guid = 5917171339402559616
^8 = gv: (name: "cmpxchg64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, calls: ((callee: ^15))))) ; guid = 7023473142232671123
^9 = gv: (name: "__atomic_exchange_8") ; guid = 7653396542321950973
^10 = gv: (name: "add64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^16))))) ; guid = 8251914205637387089
^11 = gv: (name: "sync_cas32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 8972348690266355178
^12 = gv: (name: "load64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^7))))) ; guid = 9724330452035521712
^13 = gv: (name: "cmpxchg64", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, calls: ((callee: ^15))))) ; guid = 12214289539108987889
^14 = gv: (name: "or64_relaxed", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, calls: ((callee: ^4))))) ; guid = 12255548624544682625
^15 = gv: (name: "__atomic_compare_exchange_8") ; guid = 12419241791760423884
^16 = gv: (name: "__atomic_fetch_add_8") ; guid = 16385330048765691557
^17 = blockcount: 10
