source_filename = "src/constructs/asm_ppc.c"
target datalayout = "e-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512"
target triple = "powerpc64le-unknown-linux-gnu"

%struct.static_key = type { i32 }

@ppc_key = external global %struct.static_key, align 4

; Function Attrs: nounwind
define dso_local void @calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "bl ppc_call_target\0A\09nop", "~{lr},~{ctr},~{r0},~{r3},~{r4},~{r12},~{memory}"() #3, !srcloc !6
  tail call void asm sideeffect "bl $0\0A\09nop", "i,~{lr},~{ctr},~{r0},~{r3},~{r12},~{memory}"(ptr nonnull @ppc_named_target) #3, !srcloc !7
  tail call void asm sideeffect "bl ppc_sized_helper_$0\0A\09nop", "i,~{lr},~{ctr},~{r0},~{r3},~{r12},~{memory}"(i32 8) #3, !srcloc !8
  ret void
}

declare void @ppc_named_target() #1

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @toc_address() local_unnamed_addr #2 {
  %1 = tail call i64 asm "addis $0, 2, ppc_toc_sym@toc@ha\0A\09addi $0, $0, ppc_toc_sym@toc@l", "=b"() #4, !srcloc !9
  ret i64 %1
}

; Function Attrs: nounwind
define dso_local void @ftr_section() local_unnamed_addr #0 {
  tail call void asm sideeffect "97:\0A\09bl ppc_ftr_helper\0A\09nop\0A98:\0A.pushsection __ftr_alt_97, \22a\22\0A99:\0A\09nop\0A\09nop\0A.popsection\0A.pushsection __ftr_fixup, \22a\22\0A .balign 8\0A .8byte 0x100\0A .8byte 0\0A .8byte 97b - .\0A .8byte 98b - .\0A .8byte 99b - .\0A .8byte 99b - .\0A.popsection", "~{lr},~{ctr},~{r0},~{r3},~{r12},~{memory}"() #3, !srcloc !10
  ret void
}

; Function Attrs: nounwind
define dso_local i64 @barriers() local_unnamed_addr #0 {
  tail call void asm sideeffect "lwsync", "~{memory}"() #3, !srcloc !11
  tail call void asm sideeffect "sync\0A\09isync", "~{memory}"() #3, !srcloc !12
  %1 = tail call i64 asm sideeffect "mfspr $0, 287", "=r"() #3, !srcloc !13
  tail call void asm sideeffect "mtspr 256, $0", "r"(i64 %1) #3, !srcloc !14
  ret i64 %1
}

; Function Attrs: nounwind
define dso_local signext i32 @extable_load(ptr noundef %0, ptr noundef writeonly captures(none) initializes((0, 4)) %1) local_unnamed_addr #0 {
  %3 = tail call { i32, i32 } asm sideeffect "1: lwz $1, 0($2)\0A2:\0A.pushsection __ex_table, \22a\22\0A .balign 4\0A .long (1b - .), (2b - .)\0A.popsection\0A.pushsection .rodata.ppc_refs, \22a\22, @progbits\0A .llong ppc_quad_ref\0A .long ppc_word_ref - .\0A.popsection", "=r,=r,b,0,1"(ptr %0, i32 0, i32 0) #3, !srcloc !15
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, ptr %1, align 4, !tbaa !2
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local signext range(i32 0, 2) i32 @branch() local_unnamed_addr #0 {
  callbr void asm sideeffect "1: nop\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 1b - ., ${1:l} - .\0A\09.8byte ${0:c} - .\0A\09.popsection", "i,!i"(ptr nonnull @ppc_key) #3
          to label %2 [label %1], !srcloc !16

1:                                                ; preds = %0
  br label %2

2:                                                ; preds = %1, %0
  %3 = phi i32 [ 1, %1 ], [ 0, %0 ]
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local void @comment_only() local_unnamed_addr #0 {
  tail call void asm sideeffect "nop # bl not_a_symbol_in_comment\0A\09nop", ""() #3, !srcloc !17
  ret void
}

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="pwr8" "target-features"="+64bit-support,+allow-unaligned-fp-access,+bpermd,+cmpb,+crbits,+extdiv,+fcpsgn,+fpcvt,+fprnd,+fpu,+fre,+fres,+frsqrte,+frsqrtes,+fsqrt,+fuse-addi-load,+fuse-addis-load,+fusion,+htm,+icbt,+isa-v206-instructions,+isa-v207-instructions,+isel,+ldbrx,+lfiwax,+mfocrf,+partword-atomics,+popcntd,+power8-altivec,+predictable-select-expensive,+quadword-atomics,+recipprec,+stfiwx,+two-const-nr,-altivec,-crypto,-direct-move,-float128,-hard-float,-mma,-paired-vector-memops,-power10-vector,-power8-vector,-power9-vector,-vsx" "use-soft-float"="true" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="pwr8" "target-features"="+64bit-support,+allow-unaligned-fp-access,+bpermd,+cmpb,+crbits,+extdiv,+fcpsgn,+fpcvt,+fprnd,+fpu,+fre,+fres,+frsqrte,+frsqrtes,+fsqrt,+fuse-addi-load,+fuse-addis-load,+fusion,+htm,+icbt,+isa-v206-instructions,+isa-v207-instructions,+isel,+ldbrx,+lfiwax,+mfocrf,+partword-atomics,+popcntd,+power8-altivec,+predictable-select-expensive,+quadword-atomics,+recipprec,+stfiwx,+two-const-nr,-altivec,-crypto,-direct-move,-float128,-hard-float,-mma,-paired-vector-memops,-power10-vector,-power8-vector,-power9-vector,-vsx" "use-soft-float"="true" }
attributes #2 = { nofree nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="pwr8" "target-features"="+64bit-support,+allow-unaligned-fp-access,+bpermd,+cmpb,+crbits,+extdiv,+fcpsgn,+fpcvt,+fprnd,+fpu,+fre,+fres,+frsqrte,+frsqrtes,+fsqrt,+fuse-addi-load,+fuse-addis-load,+fusion,+htm,+icbt,+isa-v206-instructions,+isa-v207-instructions,+isel,+ldbrx,+lfiwax,+mfocrf,+partword-atomics,+popcntd,+power8-altivec,+predictable-select-expensive,+quadword-atomics,+recipprec,+stfiwx,+two-const-nr,-altivec,-crypto,-direct-move,-float128,-hard-float,-mma,-paired-vector-memops,-power10-vector,-power8-vector,-power9-vector,-vsx" "use-soft-float"="true" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1}
!llvm.errno.tbaa = !{!2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{i64 505, i64 526}
!7 = !{i64 602, i64 610}
!8 = !{i64 702, i64 727}
!9 = !{i64 891, i64 925}
!10 = !{i64 1153, i64 1159, i64 1180, i64 1187, i64 1202, i64 1246, i64 1251, i64 1258, i64 1275, i64 1298, i64 1341, i64 1363, i64 1378, i64 1399, i64 1416, i64 1443, i64 1460, i64 1487}
!11 = !{i64 1648}
!12 = !{i64 1688, i64 1695}
!13 = !{i64 1735}
!14 = !{i64 1779}
!15 = !{i64 1904, i64 1933, i64 1947, i64 1989, i64 2011, i64 2048, i64 2071, i64 2130, i64 2162, i64 2197}
!16 = !{i64 2305, i64 2314, i64 2357, i64 2376, i64 2413, i64 2437}
!17 = !{i64 2563, i64 2598}

^0 = module: (path: "out/constructs/asm_ppc-ppc64le-clang22.bc", hash: (1056677627, 1165428473, 293162483, 435579864, 2427404786))
^1 = gv: (name: "extable_load", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1970589193056941042
^2 = gv: (name: "barriers", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4438437878685887724
^3 = gv: (name: "ftr_section", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4733574384006089031
^4 = gv: (name: "toc_address", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 6076253437602935630
^5 = gv: (name: "branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^9)))) ; guid = 7456568675401859990
^6 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^7 = gv: (name: "calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^8)))) ; guid = 12280827897204292594
^8 = gv: (name: "ppc_named_target") ; guid = 13767457669428456468
^9 = gv: (name: "ppc_key") ; guid = 16251008561571389683
^10 = blockcount: 0
