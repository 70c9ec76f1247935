source_filename = "src/constructs/int128.c"
target datalayout = "E-m:e-i1:8:16-i8:8:16-i64:64-f128:64-a:8:16-n32:64"
target triple = "s390x-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @udiv128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i128* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = load i128, i128* %2, align 16, !tbaa !2
  %6 = udiv i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @sdiv128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i128* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = load i128, i128* %2, align 16, !tbaa !2
  %6 = sdiv i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @umod128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i128* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = load i128, i128* %2, align 16, !tbaa !2
  %6 = urem i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @smod128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i128* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = load i128, i128* %2, align 16, !tbaa !2
  %6 = srem i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @mul128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i128* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = load i128, i128* %2, align 16, !tbaa !2
  %6 = mul i128 %5, %4
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn writeonly
define dso_local void @mul_u64_u64(i128* noalias nocapture writeonly sret(i128) align 16 %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #1 {
  %4 = zext i64 %1 to i128
  %5 = zext i64 %2 to i128
  %6 = mul nuw i128 %5, %4
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @shl128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i32 noundef zeroext %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = zext i32 %2 to i128
  %6 = shl i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define dso_local void @ashr128(i128* noalias nocapture writeonly sret(i128) align 16 %0, i128* nocapture noundef readonly %1, i32 noundef zeroext %2) local_unnamed_addr #0 {
  %4 = load i128, i128* %1, align 16, !tbaa !2
  %5 = zext i32 %2 to i128
  %6 = ashr i128 %4, %5
  store i128 %6, i128* %0, align 16, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn
define dso_local signext i32 @mulo128(i128* nocapture noundef readonly %0, i128* nocapture noundef readonly %1, i128* nocapture noundef writeonly %2) local_unnamed_addr #2 {
  %4 = load i128, i128* %0, align 16, !tbaa !2
  %5 = load i128, i128* %1, align 16, !tbaa !2
  %6 = tail call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %4, i128 %5)
  %7 = extractvalue { i128, i1 } %6, 1
  %8 = extractvalue { i128, i1 } %6, 0
  store i128 %8, i128* %2, align 16
  %9 = zext i1 %7 to i32
  ret i32 %9
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i128, i1 } @llvm.smul.with.overflow.i128(i128, i128) #3

; Function Attrs: mustprogress nofree nosync nounwind willreturn
define dso_local signext i32 @umulo128(i128* nocapture noundef readonly %0, i128* nocapture noundef readonly %1, i128* nocapture noundef writeonly %2) local_unnamed_addr #2 {
  %4 = load i128, i128* %0, align 16, !tbaa !2
  %5 = load i128, i128* %1, align 16, !tbaa !2
  %6 = tail call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %4, i128 %5)
  %7 = extractvalue { i128, i1 } %6, 1
  %8 = extractvalue { i128, i1 } %6, 0
  store i128 %8, i128* %2, align 16
  %9 = zext i1 %7 to i32
  ret i32 %9
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128) #3

; Function Attrs: mustprogress nofree nosync nounwind willreturn writeonly
define dso_local signext i32 @mulo64(i64 noundef %0, i64 noundef %1, i64* nocapture noundef writeonly %2) local_unnamed_addr #4 {
  %4 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)
  %5 = extractvalue { i64, i1 } %4, 1
  %6 = extractvalue { i64, i1 } %4, 0
  store i64 %6, i64* %2, align 8
  %7 = zext i1 %5 to i32
  ret i32 %7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #2 = { mustprogress nofree nosync nounwind willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { mustprogress nofree nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!2 = !{!3, !3, i64 0}
!3 = !{!"__int128", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/constructs/int128-s390x-clang14.bc", hash: (3712683081, 3010317562, 1739439238, 3119402850, 2050083533))
^1 = gv: (name: "umod128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 1841811836964917511
^2 = gv: (name: "udiv128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 2406012420090523394
^3 = gv: (name: "mulo128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 5366768625771270002
^4 = gv: (name: "sdiv128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 6743000686823074623
^5 = gv: (name: "umulo128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 6978955478983093636
^6 = gv: (name: "llvm.smul.with.overflow.i64") ; guid = 7486537275586751310
^7 = gv: (name: "shl128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 7603018681191873091
^8 = gv: (name: "mulo64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 8314254844394515491
^9 = gv: (name: "llvm.smul.with.overflow.i128") ; guid = 8658012644094099977
^10 = gv: (name: "mul128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 9413205640094327453
^11 = gv: (name: "smod128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 10100036318780920658
^12 = gv: (name: "mul_u64_u64", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 10215600675594969255
^13 = gv: (name: "ashr128", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 11051429569959759619
^14 = gv: (name: "llvm.umul.with.overflow.i128") ; guid = 15761628695177264453
^15 = blockcount: 11
