source_filename = "src/constructs/asm_s390.c"
target datalayout = "E-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64"
target triple = "s390x-unknown-linux-gnu"

%struct.static_key = type { i32 }

@s390_key = external dso_local global %struct.static_key, align 4

; Function Attrs: nounwind
define dso_local void @calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "brasl %r14, s390_call_target@PLT", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !6
  tail call void asm sideeffect "brasl %r14, s390_plain_target", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !7
  tail call void asm sideeffect "brasl %r14, $0", "i,~{r0},~{r1},~{r2},~{r14},~{memory}"(ptr nonnull @s390_named_target) #4, !srcloc !8
  tail call void asm sideeffect "brasl %r14, s390_sized_helper_$0", "i,~{r0},~{r1},~{r2},~{r14},~{memory}"(i32 8) #4, !srcloc !9
  tail call void asm sideeffect "jg s390_jump_target", "~{memory}"() #4, !srcloc !10
  ret void
}

declare dso_local void @s390_named_target() #1

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @address() local_unnamed_addr #2 {
  %1 = tail call i64 asm "larl $0, s390_larl_sym", "=d"() #5, !srcloc !11
  ret i64 %1
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nounwind
define dso_local void @alt_call() local_unnamed_addr #0 {
  tail call void asm sideeffect "661:\0A\09brasl %r14, s390_alt_helper\0A662:\0A.pushsection .altinstructions, \22a\22\0A .long 661b - .\0A .long 663f - .\0A .word 82\0A .byte 662b-661b\0A.popsection\0A.pushsection .altinstr_replacement, \22ax\22\0A663:\0A\09brcl 0, 0\0A.popsection", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !12
  ret void
}

; Function Attrs: nounwind
define dso_local i64 @barriers() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #4
  tail call void asm sideeffect "bcr 14, 0", "~{memory}"() #4, !srcloc !13
  tail call void asm sideeffect "bcr 15, 0", "~{memory}"() #4, !srcloc !14
  call void asm sideeffect "stck $0", "=*Q,~{cc}"(ptr nonnull elementtype(i64) %1) #4, !srcloc !15
  %2 = load i64, ptr %1, align 8, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #4
  ret i64 %2
}

; Function Attrs: nounwind
define dso_local signext i32 @extable_load(ptr noundef %0, ptr noundef writeonly captures(none) initializes((0, 4)) %1) local_unnamed_addr #0 {
  %3 = tail call { i32, i32 } asm sideeffect "0: l $1, 0($2)\0A1:\0A.pushsection __ex_table, \22a\22\0A .balign 4\0A .long (0b) - ., (1b) - .\0A.popsection\0A.pushsection .rodata.s390_refs, \22a\22, @progbits\0A .quad s390_quad_ref\0A .long s390_word_ref - .\0A.popsection", "=d,=d,a,0,1"(ptr %0, i32 0, i32 0) #4, !srcloc !18
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, ptr %1, align 4, !tbaa !2
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local signext range(i32 0, 2) i32 @branch() local_unnamed_addr #0 {
  callbr void asm sideeffect "0: brcl 0, ${1:l}\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 0b - ., ${1:l} - .\0A\09.quad $0 - .\0A\09.popsection", "i,!i"(ptr nonnull @s390_key) #4
          to label %2 [label %1], !srcloc !19

1:                                                ; preds = %0
  br label %2

2:                                                ; preds = %1, %0
  %3 = phi i32 [ 1, %1 ], [ 0, %0 ]
  ret i32 %3
}

; Function Attrs: nounwind
define dso_local void @comment_only() local_unnamed_addr #0 {
  tail call void asm sideeffect "nopr # brasl %r14, not_a_symbol_in_comment\0A\09nopr", "~{memory}"() #4, !srcloc !20
  ret void
}

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #2 = { nofree nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }
attributes #5 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1}
!llvm.errno.tbaa = !{!2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{i64 436}
!7 = !{i64 528}
!8 = !{i64 617}
!9 = !{i64 714}
!10 = !{i64 813}
!11 = !{i64 892}
!12 = !{i64 1055, i64 1062, i64 1094, i64 1110, i64 1158, i64 1185, i64 1212, i64 1233, i64 1261, i64 1284, i64 1338, i64 1344, i64 1367}
!13 = !{i64 1522}
!14 = !{i64 1565}
!15 = !{i64 1608}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !4, i64 0}
!18 = !{i64 1735, i64 1762, i64 1776, i64 1818, i64 1840, i64 1877, i64 1900, i64 1960, i64 1992, i64 2028}
!19 = !{i64 2136, i64 2159, i64 2202, i64 2221, i64 2258, i64 2280}
!20 = !{i64 2407, i64 2453}

^0 = module: (path: "out/constructs/asm_s390-s390x-clang22.bc", hash: (3580395940, 945344549, 3670771225, 3247798474, 628071656))
^1 = gv: (name: "s390_named_target") ; guid = 259543003768229890
^2 = gv: (name: "extable_load", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1970589193056941042
^3 = gv: (name: "barriers", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4438437878685887724
^4 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^5 = gv: (name: "alt_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 6788891261029701926
^6 = gv: (name: "branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^9)))) ; guid = 7456568675401859990
^7 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^8 = gv: (name: "address", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 8846371047618399624
^9 = gv: (name: "s390_key") ; guid = 8871956498038576611
^10 = gv: (name: "calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^1)))) ; guid = 12280827897204292594
^11 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^12 = blockcount: 0
