source_filename = "src/constructs/atomics.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define dso_local i32 @add32(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = atomicrmw add i32* %0, i32 %1 seq_cst, align 4
  ret i32 %3
}

; Function Attrs: mustprogress nounwind willreturn
define dso_local i64 @add64(i64* noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_add_8(i8* noundef %3, i64 noundef %1, i32 noundef 5) #3
  ret i64 %4
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local i64 @__atomic_fetch_add_8(i8*, i64, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn
define dso_local i64 @or64_relaxed(i64* noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_or_8(i8* noundef %3, i64 noundef %1, i32 noundef 0) #3
  ret i64 %4
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local i64 @__atomic_fetch_or_8(i8*, i64, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn
define dso_local i64 @xchg64(i64* noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_exchange_8(i8* noundef %3, i64 noundef %1, i32 noundef 5) #3
  ret i64 %4
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local i64 @__atomic_exchange_8(i8*, i64, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn
define dso_local i32 @cmpxchg64(i64* noundef %0, i64* noundef %1, i64 noundef %2) local_unnamed_addr #1 {
  %4 = bitcast i64* %0 to i8*
  %5 = bitcast i64* %1 to i8*
  %6 = tail call zeroext i1 @__atomic_compare_exchange_8(i8* noundef %4, i8* noundef %5, i64 noundef %2, i32 noundef 5, i32 noundef 5) #3
  %7 = zext i1 %6 to i32
  ret i32 %7
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local i1 @__atomic_compare_exchange_8(i8*, i8*, i64, i32, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn
define dso_local i64 @load64(i64* noundef %0) local_unnamed_addr #1 {
  %2 = bitcast i64* %0 to i8*
  %3 = tail call i64 @__atomic_load_8(i8* noundef %2, i32 noundef 2) #3
  ret i64 %3
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local i64 @__atomic_load_8(i8*, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn
define dso_local void @store64(i64* noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  tail call void @__atomic_store_8(i8* noundef %3, i64 noundef %1, i32 noundef 3) #3
  ret void
}

; Function Attrs: mustprogress nounwind willreturn
declare dso_local void @__atomic_store_8(i8*, i64, i32) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define dso_local i32 @sync_cas32(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = cmpxchg i32* %0, i32 %1, i32 %2 seq_cst seq_cst, align 4
  %5 = extractvalue { i32, i1 } %4, 0
  ret i32 %5
}

; Function Attrs: mustprogress nounwind willreturn
define dso_local i64 @add64_aligned(i64* noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = bitcast i64* %0 to i8*
  %4 = tail call i64 @__atomic_fetch_add_8(i8* noundef %3, i64 noundef %1, i32 noundef 5) #3
  ret i64 %4
}

; Function Attrs: mustprogress nounwind willreturn
define dso_local i32 @cmpxchg64_aligned(i64* noundef %0, i64* noundef %1, i64 noundef %2) local_unnamed_addr #1 {
  %4 = bitcast i64* %0 to i8*
  %5 = bitcast i64* %1 to i8*
  %6 = tail call zeroext i1 @__atomic_compare_exchange_8(i8* noundef %4, i8* noundef %5, i64 noundef %2, i32 noundef 5, i32 noundef 5) #3
  %7 = zext i1 %6 to i32
  ret i32 %7
}

attributes #0 = { mustprogress nofree norecurse nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-features"="+a,+c,+m" }
attributes #1 = { mustprogress nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-features"="+a,+c,+m" }
attributes #2 = { mustprogress nounwind willreturn }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"ilp32"}
!2 = !{i32 1, !"SmallDataLimit", i32 8}
!3 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/constructs/atomics-riscv32-clang14.bc", hash: (3768482377, 3971418557, 2574994117, 19796612, 3812786642))
^1 = gv: (name: "store64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5))))) ; guid = 1334768272710997815
^2 = gv: (name: "add64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^16))))) ; guid = 1500270855278295424
^3 = gv: (name: "add32", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 2324224856652153742
^4 = gv: (name: "__atomic_fetch_or_8") ; guid = 3138854439370320992
^5 = gv: (name: "__atomic_store_8") ; guid = 3745447142881098468
^6 = gv: (name: "xchg64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^9))))) ; guid = 5390704914294435788
^7 = gv: (name: "__atomic_load_8") ; guid = 5917171339402559616
^8 = gv: (name: "cmpxchg64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15))))) ; guid = 7023473142232671123
^9 = gv: (name: "__atomic_exchange_8") ; guid = 7653396542321950973
^10 = gv: (name: "add64_aligned", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^16))))) ; guid = 8251914205637387089
^11 = gv: (name: "sync_cas32", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 8972348690266355178
^12 = gv: (name: "load64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7))))) ; guid = 9724330452035521712
^13 = gv: (name: "cmpxchg64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15))))) ; guid = 12214289539108987889
^14 = gv: (name: "or64_relaxed", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4))))) ; guid = 12255548624544682625
^15 = gv: (name: "__atomic_compare_exchange_8") ; guid = 12419241791760423884
^16 = gv: (name: "__atomic_fetch_add_8") ; guid = 16385330048765691557
^17 = blockcount: 10
