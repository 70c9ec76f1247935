source_filename = "src/constructs/asm_x86k.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm ".pushsection .text"
module asm ".globl asm_local_helper"
module asm "asm_local_helper:"
module asm "\09ret"
module asm ".popsection"

%struct.pv_ops_s = type { [8 x ptr] }
%struct.static_key = type { i32 }

@this_cpu_off = external dso_local global i64, align 8
@pv_ops = external dso_local global %struct.pv_ops_s, align 8
@other_key = external dso_local global %struct.static_key, align 4

; Function Attrs: noredzone nounwind
define dso_local void @thunk_r(ptr noundef %0) local_unnamed_addr #0 {
  tail call void asm sideeffect "call __x86_indirect_thunk_${0:V}", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #3, !srcloc !7
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @thunk_S(ptr noundef %0) local_unnamed_addr #0 {
  tail call void asm sideeffect "call __x86_indirect_thunk_${0:V}", "{si},~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #3, !srcloc !8
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @thunk_a(ptr noundef %0) local_unnamed_addr #0 {
  tail call void asm sideeffect "jmp __x86_indirect_thunk_${0:V}", "{ax},~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #3, !srcloc !9
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i64 @get_user_named(ptr noundef %0) local_unnamed_addr #0 {
  %2 = tail call { ptr, i64 } asm sideeffect "call __get_user_${3:c}", "={ax},={dx},0,i,~{dirflag},~{fpsr},~{flags}"(ptr %0, i64 8) #3, !srcloc !10
  %3 = extractvalue { ptr, i64 } %2, 0
  %4 = extractvalue { ptr, i64 } %2, 1
  %5 = ptrtoint ptr %3 to i64
  %6 = and i64 %5, 4294967295
  %7 = icmp eq i64 %6, 0
  %8 = select i1 %7, i64 %4, i64 0
  ret i64 %8
}

; Function Attrs: noredzone nounwind
define dso_local i32 @put_user_named(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call ptr asm sideeffect "call __put_user_${3:P}", "={ax},0,{dx},i,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0, i32 %1, i64 4) #3, !srcloc !11
  %4 = ptrtoint ptr %3 to i64
  %5 = trunc i64 %4 to i32
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local zeroext i8 @get_user_byte(ptr noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr asm sideeffect "call __get_user_nocheck_${1:c}", "={ax},i,0,~{dirflag},~{fpsr},~{flags}"(i64 1, ptr %0) #3, !srcloc !12
  %3 = ptrtoint ptr %2 to i64
  %4 = trunc i64 %3 to i8
  ret i8 %4
}

; Function Attrs: noredzone nounwind
define dso_local void @static_calls() local_unnamed_addr #0 {
  tail call void asm sideeffect "call __SCT__might_resched", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !13
  tail call void asm sideeffect "jmp __SCT__tp_func_sched_switch\0A\09", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !14
  tail call void asm sideeffect "call ${0:c}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull @named_target) #3, !srcloc !15
  ret void
}

; Function Attrs: noredzone
declare dso_local void @named_target() #1

; Function Attrs: noredzone nounwind
define dso_local void @constants_only() local_unnamed_addr #0 {
  tail call void asm sideeffect ".byte ${0:c}, ${1:P}\0A\09.fill ${2:c}, 1, 0x90", "i,i,i,~{dirflag},~{fpsr},~{flags}"(i32 15, i32 11, i32 3) #3, !srcloc !16
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @annotated() local_unnamed_addr #0 {
  tail call void asm sideeffect "${:uid}:\0A\09.pushsection .discard.retpoline_safe\0A\09.long ${:uid}b - .\0A\09.popsection\0A\09.Lnospec${:uid}: nop\0A\09.pushsection .discard.instr_begin\0A\09.long .Lnospec${:uid} - .\0A\09.popsection", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !17
  ret void
}

; Function Attrs: nofree noredzone nosync nounwind memory(none)
define dso_local i64 @read_cpu_off() local_unnamed_addr #2 {
  %1 = tail call i64 asm "mov %gs:${1:P}, $0", "=r,p,~{dirflag},~{fpsr},~{flags}"(ptr nonnull @this_cpu_off) #4, !srcloc !18
  ret i64 %1
}

; Function Attrs: noredzone nounwind
define dso_local void @pv_call() local_unnamed_addr #0 {
  tail call void asm sideeffect "call *${0:c}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull getelementptr inbounds nuw (i8, ptr @pv_ops, i64 16)) #3, !srcloc !19
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @call_local_helper() local_unnamed_addr #0 {
  tail call void asm sideeffect "call asm_local_helper", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !20
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @comment_only() local_unnamed_addr #0 {
  tail call void asm sideeffect "nop # call not_a_symbol_in_comment\0A\09nop ; # jmp also_not_a_symbol", "~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !21
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local range(i32 0, 2) i32 @branch_named() local_unnamed_addr #0 {
  callbr void asm sideeffect "1: .byte 0x0f, 0x1f, 0x44, 0x00, 0x00\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 1b - ., ${1:l} - .\0A\09.long ${0:c} + 1 - .\0A\09.popsection", "i,!i,~{dirflag},~{fpsr},~{flags}"(ptr nonnull @other_key) #3
          to label %2 [label %1], !srcloc !22

1:                                                ; preds = %0
  br label %2

2:                                                ; preds = %1, %0
  %3 = phi i32 [ 1, %1 ], [ 0, %0 ]
  ret i32 %3
}

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noredzone nosync nounwind memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 704}
!8 = !{i64 922}
!9 = !{i64 1028}
!10 = !{i64 1234}
!11 = !{i64 1418}
!12 = !{i64 1690}
!13 = !{i64 1883}
!14 = !{i64 1942, i64 1976}
!15 = !{i64 2011}
!16 = !{i64 2155, i64 2172}
!17 = !{i64 2341, i64 2347, i64 2397, i64 2424, i64 2449, i64 2478, i64 2525, i64 2559}
!18 = !{i64 2703}
!19 = !{i64 2873}
!20 = !{i64 3201}
!21 = !{i64 3337, i64 3374}
!22 = !{i64 3517, i64 3557, i64 3600, i64 3619, i64 3654, i64 3681}

^0 = module: (path: "out/constructs/asm_x86k-x86_64-clang22.bc", hash: (541649565, 578634891, 28957301, 3151634890, 3753461085))
^1 = gv: (name: "annotated", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 376430066546877890
^2 = gv: (name: "thunk_S", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 3129377159098143970
^3 = gv: (name: "thunk_a", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 3327383265031898404
^4 = gv: (name: "get_user_named", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 4656856724341144043
^5 = gv: (name: "comment_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7731007052347135606
^6 = gv: (name: "read_cpu_off", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^17)))) ; guid = 7738975597827598328
^7 = gv: (name: "put_user_named", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 8169588937108869566
^8 = gv: (name: "pv_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^13)))) ; guid = 8463076043556918764
^9 = gv: (name: "static_calls", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^12)))) ; guid = 9341909973331815048
^10 = gv: (name: "constants_only", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 10621705702046738249
^11 = gv: (name: "thunk_r", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 12115760602975637684
^12 = gv: (name: "named_target") ; guid = 13141446030997475511
^13 = gv: (name: "pv_ops") ; guid = 13775260879911380257
^14 = gv: (name: "other_key") ; guid = 14139098566967846646
^15 = gv: (name: "call_local_helper", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 14885012021848560443
^16 = gv: (name: "branch_named", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^14)))) ; guid = 15724818486755201468
^17 = gv: (name: "this_cpu_off") ; guid = 16616682186245218957
^18 = gv: (name: "get_user_byte", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 18435922190055089120
^19 = blockcount: 0
