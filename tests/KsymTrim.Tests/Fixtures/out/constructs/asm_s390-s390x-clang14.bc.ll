source_filename = "src/constructs/asm_s390.c"
target datalayout = "E-m:e-i1:8:16-i8:8:16-i64:64-f128:64-a:8:16-n32:64"
target triple = "s390x-unknown-linux-gnu"

%struct.static_key = type { i32 }

@s390_key = external dso_local global %struct.static_key, align 4

; Function Attrs: nounwind
define dso_local void @calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "brasl %r14, s390_call_target@PLT", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !2
  tail call void asm sideeffect "brasl %r14, s390_plain_target", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !3
  tail call void asm sideeffect "brasl %r14, $0", "i,~{r0},~{r1},~{r2},~{r14},~{memory}"(void ()* nonnull @s390_named_target) #4, !srcloc !4
  tail call void asm sideeffect "brasl %r14, s390_sized_helper_$0", "i,~{r0},~{r1},~{r2},~{r14},~{memory}"(i32 8) #4, !srcloc !5
  tail call void asm sideeffect "jg s390_jump_target", "~{memory}"() #4, !srcloc !6
  ret void
}

declare dso_local void @s390_named_target() #1

; Function Attrs: nofree nosync nounwind readnone
define dso_local i64 @address() local_unnamed_addr #2 {
  %1 = tail call i64 asm "larl $0, s390_larl_sym", "=d"() #5, !srcloc !7
  ret i64 %1
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: nounwind
define dso_local void @alt_call() local_unnamed_addr #0 {
  tail call void asm sideeffect "661:\0A\09brasl %r14, s390_alt_helper\0A662:\0A.pushsection .altinstructions, \22a\22\0A .long 661b - .\0A .long 663f - .\0A .word 82\0A .byte 662b-661b\0A.popsection\0A.pushsection .altinstr_replacement, \22ax\22\0A663:\0A\09brcl 0, 0\0A.popsection", "~{r0},~{r1},~{r2},~{r14},~{memory}"() #4, !srcloc !8
  ret void
}

; Function Attrs: nounwind
define dso_local i64 @barriers() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = bitcast i64* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %2) #4
  tail call void asm sideeffect "bcr 14, 0", "~{memory}"() #4, !srcloc !9
  tail call void asm sideeffect "bcr 15, 0", "~{memory}"() #4, !srcloc !10
  call void asm sideeffect "stck $0", "=*Q,~{cc}"(i64* nonnull elementtype(i64) %1) #4, !srcloc !11
  %3 = load i64, i64* %1, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %2) #4
  ret i64 %3
}

; Function Attrs: nounwind
define dso_local signext i32 @extable_load(i32* noundef %0, i32* nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = tail call { i32, i32 } asm sideeffect "0: l $1, 0($2)\0A1:\0A.pushsection __ex_table, \22a\22\0A .balign 4\0A .long (0b) - ., (1b) - .\0A.popsection\0A.pushsection .rodata.s390_refs, \22a\22, @progbits\0A .quad s390_quad_ref\0A .long s390_word_ref - .\0A.popsection", "=d,=d,a,0,1"(i32* %0, i32 0, i32 0) #4, !srcloc !16
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, i32* %1, align 4, !tbaa !17
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local signext i32 @branch() #0 {
  callbr void asm sideeffect "0: brcl 0, ${1:l}\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 0b - ., ${1:l} - .\0A\09.quad $0 - .\0A\09.popsection", "i,i"(%struct.static_key* nonnull @s390_key, i8* blockaddress(@branch, %1)) #4
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

attributes #0 = { nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #1 = { "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #2 = { nofree nosync nounwind readnone "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="z10" }
attributes #3 = { argmemonly nofree nosync nounwind willreturn }
attributes #4 = { nounwind }
attributes #5 = { nounwind readnone }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!2 = !{i64 436}
!3 = !{i64 528}
!4 = !{i64 617}
!5 = !{i64 714}
!6 = !{i64 813}
!7 = !{i64 892}
!8 = !{i64 1055, i64 1062, i64 1094, i64 1110, i64 1158, i64 1185, i64 1212, i64 1233, i64 1261, i64 1284, i64 1338, i64 1344, i64 1367}
!9 = !{i64 1522}
!10 = !{i64 1565}
!11 = !{i64 1608}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !14, i64 0}
!14 = !{!"omnipotent char", !15, i64 0}
!15 = !{!"Simple C/C++ TBAA"}
!16 = !{i64 1735, i64 1762, i64 1776, i64 1818, i64 1840, i64 1877, i64 1900, i64 1960, i64 1992, i64 2028}
!17 = !{!18, !18, i64 0}
!18 = !{!"int", !14, i64 0}
!19 = !{i64 2136, i64 2159, i64 2202, i64 2221, i64 2258, i64 2280}
!20 = !{i64 2407, i64 2453}

^0 = module: (path: "out/constructs/asm_s390-s390x-clang14.bc", hash: (581357841, 2948849076, 276930440, 1014982471, 1693771153))
^1 = gv: (name: "s390_named_target") ; guid = 259543003768229890
^2 = gv: (name: "extable_load", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1970589193056941042
^3 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^4 = gv: (name: "barriers", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4438437878685887724
^5 = gv: (name: "alt_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 6788891261029701926
^6 = gv: (name: "branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^9)))) ; guid = 7456568675401859990
^7 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^8 = gv: (name: "address", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 8846371047618399624
^9 = gv: (name: "s390_key") ; guid = 8871956498038576611
^10 = gv: (name: "calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^1)))) ; guid = 12280827897204292594
^11 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^12 = blockcount: 9
