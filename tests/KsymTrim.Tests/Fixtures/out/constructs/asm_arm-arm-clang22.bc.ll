source_filename = "src/constructs/asm_arm.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabi"

%struct.static_key = type { i32 }

@arm_key = external dso_local global %struct.static_key, align 4

; Function Attrs: nounwind
define dso_local i32 @get_user_like(ptr noundef %0) local_unnamed_addr #0 {
  %2 = tail call { ptr, i32 } asm sideeffect "bl __get_user_${2:c}", "={r0},={r2},i,{r0},~{r12},~{lr},~{cc}"(i32 4, ptr %0) #3, !srcloc !7
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  %5 = ptrtoint ptr %3 to i32
  %6 = add i32 %4, %5
  ret i32 %6
}

; Function Attrs: nounwind
define dso_local void @calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "bl __arm_textual_helper", "~{lr},~{memory}"() #3, !srcloc !8
  tail call void asm sideeffect "bl ${0:c}", "i,~{lr},~{memory}"(ptr nonnull @arm_named_target) #3, !srcloc !9
  ret void
}

declare dso_local void @arm_named_target() #1

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i32 @literal_address() local_unnamed_addr #2 {
  %1 = tail call i32 asm "ldr $0, =arm_literal_sym", "=r"() #4, !srcloc !10
  ret i32 %1
}

; Function Attrs: nounwind
define dso_local void @alt_smp() local_unnamed_addr #0 {
  tail call void asm sideeffect "9998: bl __arm_smp_helper\0A.pushsection \22.alt.smp.init\22, \22a\22\0A .align 2\0A .long 9998b - .\0A nop\0A.popsection", "~{lr},~{memory}"() #3, !srcloc !11
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @extable_load(ptr noundef %0, ptr noundef writeonly captures(none) initializes((0, 4)) %1) local_unnamed_addr #0 {
  %3 = tail call { i32, i32 } asm sideeffect "1: ldr $1, [$2]\0A2:\0A.pushsection __ex_table, \22a\22\0A .align 3\0A .long 1b, 2b\0A.popsection\0A.pushsection .rodata.arm_refs, \22a\22, %progbits\0A .word arm_word_ref\0A .long arm_long_ref - .\0A.popsection", "=r,=r,r,0,1"(ptr %0, i32 0, i32 0) #3, !srcloc !12
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, ptr %1, align 4, !tbaa !3
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local i32 @barriers() local_unnamed_addr #0 {
  tail call void asm sideeffect "dmb ish", "~{memory}"() #3, !srcloc !13
  tail call void asm sideeffect "dsb\0A\09isb", "~{memory}"() #3, !srcloc !14
  %1 = tail call i32 asm sideeffect "mrc p15, 0, $0, c0, c0, 5", "=r"() #3, !srcloc !15
  ret i32 %1
}

; Function Attrs: nounwind
define dso_local range(i32 0, 2) i32 @branch() local_unnamed_addr #0 {
  callbr void asm sideeffect "1: nop\0A\09.pushsection __jump_table, \22aw\22\0A\09.word 1b, ${1:l}, ${0:c}\0A\09.popsection", "i,!i"(ptr nonnull @arm_key) #3
          to label %2 [label %1], !srcloc !16

1:                                                ; preds = %0
  br label %2

2:                                                ; preds = %1, %0
  %3 = phi i32 [ 1, %1 ], [ 0, %0 ]
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local void @comment_only() local_unnamed_addr #0 {
  tail call void asm sideeffect "nop @ bl not_a_symbol_in_comment\0A\09nop", ""() #3, !srcloc !17
  ret void
}

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #2 = { nofree nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 621}
!8 = !{i64 829}
!9 = !{i64 892}
!10 = !{i64 1025}
!11 = !{i64 1216, i64 1254, i64 1303, i64 1324, i64 1352, i64 1368}
!12 = !{i64 1552, i64 1580, i64 1594, i64 1636, i64 1657, i64 1682, i64 1705, i64 1765, i64 1796, i64 1831}
!13 = !{i64 2002}
!14 = !{i64 2043, i64 2049}
!15 = !{i64 2087}
!16 = !{i64 2223, i64 2232, i64 2275, i64 2309}
!17 = !{i64 2469, i64 2504}

^0 = module: (path: "out/constructs/asm_arm-arm-clang22.bc", hash: (180698540, 1633080849, 771294615, 2004939824, 2231780861))
^1 = gv: (name: "extable_load", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1970589193056941042
^2 = gv: (name: "barriers", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4438437878685887724
^3 = gv: (name: "alt_smp", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 5239435151488259882
^4 = gv: (name: "arm_named_target") ; guid = 7241946934008805863
^5 = gv: (name: "branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^7)))) ; guid = 7456568675401859990
^6 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^7 = gv: (name: "arm_key") ; guid = 11099456904078325394
^8 = gv: (name: "get_user_like", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 11833164176829901821
^9 = gv: (name: "calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^4)))) ; guid = 12280827897204292594
^10 = gv: (name: "literal_address", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 16837448796378484999
^11 = blockcount: 0
