source_filename = "src/constructs/asm_x86.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.static_key = type { i32 }

@some_key = external dso_local global %struct.static_key, align 4

; Function Attrs: nofree noredzone nosync nounwind memory(none)
define dso_local i32 @alt_hweight32(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i32 asm "661:\0A\09call __sw_hweight32\0A662:\0A.pushsection .altinstructions,\22a\22\0A .long 661b - .\0A .long 663f - .\0A .4byte (4*32+23)\0A .byte 662b-661b\0A .byte 664f-663f\0A.popsection\0A.pushsection .altinstr_replacement, \22ax\22\0A663:\0A\09popcntl $1, $0\0A664:\0A.popsection", "={ax},{di},~{dirflag},~{fpsr},~{flags}"(i32 %0) #5, !srcloc !8
  ret i32 %2
}

; Function Attrs: noredzone nounwind
define dso_local void @static_call_like() local_unnamed_addr #1 {
  tail call void asm sideeffect "call ${0:c}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull @static_call_target) #6, !srcloc !9
  tail call void asm sideeffect "call ${0:P}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull @other_target) #6, !srcloc !10
  ret void
}

; Function Attrs: noredzone
declare dso_local void @static_call_target() #2

; Function Attrs: noredzone
declare dso_local void @other_target() #2

; Function Attrs: noredzone nounwind
define dso_local i64 @get_user_like(ptr noundef %0) local_unnamed_addr #1 {
  %2 = tail call i64 @llvm.read_register.i64(metadata !0)
  %3 = tail call { ptr, i64, i64 } asm sideeffect "call __get_user_${4:P}", "={ax},={dx},={rsp},0,i,{rsp},~{dirflag},~{fpsr},~{flags}"(ptr %0, i64 8, i64 %2) #6, !srcloc !11
  %4 = extractvalue { ptr, i64, i64 } %3, 0
  %5 = extractvalue { ptr, i64, i64 } %3, 1
  %6 = extractvalue { ptr, i64, i64 } %3, 2
  %7 = ptrtoint ptr %4 to i64
  tail call void @llvm.write_register.i64(metadata !0, i64 %6)
  %8 = and i64 %7, 4294967295
  %9 = icmp eq i64 %8, 0
  %10 = select i1 %9, i64 %5, i64 0
  ret i64 %10
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #3

; Function Attrs: nocallback nounwind
declare void @llvm.write_register.i64(metadata, i64) #4

; Function Attrs: noredzone nounwind
define dso_local i32 @use_static_branch(i32 noundef %0) local_unnamed_addr #1 {
  callbr void asm sideeffect "1: jmp ${1:l}\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 1b - ., ${1:l} - .\0A\09.quad ${0:c} - .\0A\09.popsection", "i,!i,~{dirflag},~{fpsr},~{flags}"(ptr nonnull @some_key) #6
          to label %4 [label %2], !srcloc !12

2:                                                ; preds = %1
  %3 = add nsw i32 %0, 1
  br label %4

4:                                                ; preds = %2, %1
  %5 = phi i32 [ %3, %2 ], [ %0, %1 ]
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local i32 @asm_goto_plain(i32 noundef %0) local_unnamed_addr #1 {
  callbr void asm sideeffect "jmp ${0:l}", "!i,~{dirflag},~{fpsr},~{flags}"() #6
          to label %4 [label %2], !srcloc !13

2:                                                ; preds = %1
  %3 = sub nsw i32 0, %0
  br label %4

4:                                                ; preds = %2, %1
  %5 = phi i32 [ %3, %2 ], [ %0, %1 ]
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local i32 @extable_read(ptr noundef %0, ptr noundef writeonly captures(none) initializes((0, 4)) %1) local_unnamed_addr #1 {
  %3 = tail call { i32, i32 } asm sideeffect "1: movl ($2), $1\0A2:\0A.pushsection __ex_table, \22a\22\0A .balign 4\0A .long 1b - ., ex_handler_foo - .\0A.popsection\0A", "=r,=r,r,0,~{dirflag},~{fpsr},~{flags}"(ptr %0, i32 0) #6, !srcloc !14
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, ptr %1, align 4, !tbaa !4
  ret i32 %4
}

; Function Attrs: noredzone nounwind
define dso_local void @retpoline_call(ptr noundef %0) local_unnamed_addr #1 {
  tail call void asm sideeffect "call __x86_indirect_thunk_${0:V}", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #6, !srcloc !15
  ret void
}

attributes #0 = { nofree noredzone nosync nounwind memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(read) }
attributes #4 = { nocallback nounwind }
attributes #5 = { nounwind memory(none) }
attributes #6 = { nounwind }

!llvm.named.register.rsp = !{!0}
!llvm.module.flags = !{!1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{!"rsp"}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 1, !"Code Model", i32 2}
!3 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 708, i64 715, i64 738, i64 752, i64 797, i64 822, i64 847, i64 874, i64 900, i64 926, i64 947, i64 999, i64 1005, i64 1023, i64 1037}
!9 = !{i64 1263}
!10 = !{i64 1329}
!11 = !{i64 1520}
!12 = !{i64 1821, i64 1840, i64 1883, i64 1902, i64 1939, i64 1962}
!13 = !{i64 2213}
!14 = !{i64 2414, i64 2443, i64 2457, i64 2499, i64 2521, i64 2566}
!15 = !{i64 2776}

^0 = module: (path: "out/constructs/asm_x86-x86_64-clang22.bc", hash: (3048518648, 3927052078, 3080532637, 437674028, 1888687647))
^1 = gv: (name: "asm_goto_plain", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1616708002528790066
^2 = gv: (name: "use_static_branch", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^11)))) ; guid = 1675608263886483117
^3 = gv: (name: "static_call_like", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), refs: (^6, ^5)))) ; guid = 2721585220895413028
^4 = gv: (name: "llvm.read_register.i64") ; guid = 6155234324474092097
^5 = gv: (name: "other_target") ; guid = 7989032684804989379
^6 = gv: (name: "static_call_target") ; guid = 8383900506330091460
^7 = gv: (name: "llvm.write_register.i64") ; guid = 10458897747716916652
^8 = gv: (name: "get_user_like", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 11833164176829901821
^9 = gv: (name: "alt_hweight32", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 12875697747723721104
^10 = gv: (name: "retpoline_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 13544575503755601315
^11 = gv: (name: "some_key") ; guid = 15682271117203042365
^12 = gv: (name: "extable_read", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 16367362023446929219
^13 = blockcount: 0
