source_filename = "src/constructs/asm_arm64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.static_key = type { i32 }

@arm64_key = external dso_local global %struct.static_key, align 4

; Function Attrs: nounwind
define dso_local void @alt_atomic_add(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = tail call ptr asm sideeffect ".arch_extension lse\0A661:\0A\09bl __ll_sc_atomic_add\0A662:\0A.pushsection .altinstructions, \22a\22\0A .word 661b - .\0A .word 663f - .\0A .hword 5\0A .byte 662b-661b\0A .byte 664f-663f\0A.popsection\0A.subsection 1\0A663:\0A\09stadd ${1:w}, [$0]\0A664:\0A.org . - (664b-663b) + (662b-661b)\0A.org . - (662b-661b) + (664b-663b)\0A.previous", "={x1},{w0},{x1},~{x16},~{x17},~{lr},~{memory}"(i32 %0, ptr %1) #3, !srcloc !7
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @lse_and_barriers(i32 noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 asm sideeffect ".arch_extension lse\0A\09ldaddal ${2:w}, ${0:w}, $1", "=r,=*Q,r,*Q,~{memory}"(ptr elementtype(i32) %1, i32 %0, ptr elementtype(i32) %1) #3, !srcloc !8
  tail call void asm sideeffect "dmb ish", "~{memory}"() #3, !srcloc !9
  tail call void asm sideeffect "dsb sy\0A\09isb", "~{memory}"() #3, !srcloc !10
  %4 = tail call i64 asm sideeffect "mrs $0, sp_el0", "=r"() #3, !srcloc !11
  %5 = tail call i64 asm sideeffect "mrs $0, daif\0A\09msr daifset, #2", "=r,~{memory}"() #3, !srcloc !12
  tail call void asm sideeffect "msr daif, ${0:x}", "r,~{memory}"(i64 %5) #3, !srcloc !13
  tail call void asm sideeffect "prfm pstl1strm, ${0:a}", "r"(ptr %1) #3, !srcloc !14
  %6 = trunc i64 %4 to i32
  %7 = add nsw i32 %3, %6
  ret i32 %7
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @templates(i32 noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = tail call i64 asm "add ${0:x}, ${2:x}, ${1:w}, uxtw", "=r,r,r"(i32 %0, i64 %1) #4, !srcloc !15
  ret i64 %3
}

; Function Attrs: nounwind
define dso_local void @calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "bl __arm64_textual_helper", "~{lr},~{memory}"() #3, !srcloc !16
  tail call void asm sideeffect "bl ${0:c}", "i,~{lr},~{memory}"(ptr nonnull @arm64_named_target) #3, !srcloc !17
  tail call void asm sideeffect "bl __arm64_sized_helper_${0:c}", "i,~{lr},~{memory}"(i32 8) #3, !srcloc !18
  ret void
}

declare dso_local void @arm64_named_target() #2

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local ptr @addr_of_counter() local_unnamed_addr #1 {
  %1 = tail call ptr asm "adrp $0, counter_var\0A\09add $0, $0, :lo12:counter_var", "=r"() #4, !srcloc !19
  ret ptr %1
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @addr_of_asm_only() local_unnamed_addr #1 {
  %1 = tail call i64 asm "adrp $0, asm_only_data\0A\09ldr $0, [$0, :lo12:asm_only_data]", "=r"() #4, !srcloc !20
  ret i64 %1
}

; Function Attrs: nounwind
define dso_local i32 @extable_load(ptr noundef %0, ptr noundef writeonly captures(none) initializes((0, 4)) %1) local_unnamed_addr #0 {
  %3 = tail call { i32, i32 } asm sideeffect "1: ldr ${1:w}, [$2]\0A2:\0A.pushsection __ex_table, \22a\22\0A .align 2\0A .long (1b - .), (2b - .)\0A .short 3\0A .short 0\0A.popsection\0A.pushsection .rodata.arm64_refs, \22a\22, %progbits\0A .quad arm64_quad_ref\0A .word arm64_word_ref - .\0A.popsection", "=r,=r,r,0,1"(ptr %0, i32 0, i32 0) #3, !srcloc !21
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, ptr %1, align 4, !tbaa !3
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local range(i32 0, 2) i32 @branch() local_unnamed_addr #0 {
  callbr void asm sideeffect "1: nop\0A\09.pushsection __jump_table, \22aw\22\0A\09.align 3\0A\09.long 1b - ., ${1:l} - .\0A\09.quad ${0:c} - .\0A\09.popsection", "i,!i"(ptr nonnull @arm64_key) #3
          to label %2 [label %1], !srcloc !22

1:                                                ; preds = %0
  br label %2

2:                                                ; preds = %1, %0
  %3 = phi i32 [ 1, %1 ], [ 0, %0 ]
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local void @comment_only() local_unnamed_addr #0 {
  tail call void asm sideeffect "nop // bl not_a_symbol_in_comment\0A\09nop", ""() #3, !srcloc !23
  ret void
}

attributes #0 = { nounwind "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #1 = { nofree nosync nounwind memory(none) "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 722, i64 754, i64 760, i64 785, i64 801, i64 849, i64 876, i64 903, i64 924, i64 952, i64 980, i64 1003, i64 1028, i64 1034, i64 1057, i64 1073, i64 1119, i64 1165}
!8 = !{i64 1395, i64 1417}
!9 = !{i64 1528}
!10 = !{i64 1569, i64 1578}
!11 = !{i64 1616}
!12 = !{i64 1661, i64 1676}
!13 = !{i64 1738}
!14 = !{i64 1796}
!15 = !{i64 1935}
!16 = !{i64 2151}
!17 = !{i64 2217}
!18 = !{i64 2288}
!19 = !{i64 2448, i64 2471}
!20 = !{i64 2571, i64 2596}
!21 = !{i64 2806, i64 2835, i64 2849, i64 2891, i64 2912, i64 2949, i64 2960, i64 2981, i64 3004, i64 3066, i64 3099, i64 3136}
!22 = !{i64 3307, i64 3316, i64 3359, i64 3377, i64 3414, i64 3437}
!23 = !{i64 3620, i64 3656}

^0 = module: (path: "out/constructs/asm_arm64-aarch64-clang22.bc", hash: (1867477094, 3980564384, 2766686312, 1390410436, 1569930646))
^1 = gv: (name: "extable_load", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1970589193056941042
^2 = gv: (name: "templates", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 2350404706132481022
^3 = gv: (name: "lse_and_barriers", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4397870804095041524
^4 = gv: (name: "addr_of_asm_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4659269908247482662
^5 = gv: (name: "branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^10)))) ; guid = 7456568675401859990
^6 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^7 = gv: (name: "addr_of_counter", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 8034849865963958901
^8 = gv: (name: "arm64_named_target") ; guid = 8723650731064095663
^9 = gv: (name: "calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^8)))) ; guid = 12280827897204292594
^10 = gv: (name: "arm64_key") ; guid = 15038393768615782760
^11 = gv: (name: "alt_atomic_add", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 15064128046778229680
^12 = blockcount: 0
