source_filename = "src/constructs/asm_x86.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.static_key = type { i32 }

@some_key = external dso_local global %struct.static_key, align 4

; Function Attrs: noredzone nounwind readnone
define dso_local i32 @alt_hweight32(i32 %0) local_unnamed_addr #0 {
  %2 = tail call i32 asm "661:\0A\09call __sw_hweight32\0A662:\0A.pushsection .altinstructions,\22a\22\0A .long 661b - .\0A .long 663f - .\0A .4byte (4*32+23)\0A .byte 662b-661b\0A .byte 664f-663f\0A.popsection\0A.pushsection .altinstr_replacement, \22ax\22\0A663:\0A\09popcntl $1, $0\0A664:\0A.popsection", "={ax},{di},~{dirflag},~{fpsr},~{flags}"(i32 %0) #5, !srcloc !4
  ret i32 %2
}

; Function Attrs: noredzone nounwind
define dso_local void @static_call_like() local_unnamed_addr #1 {
  tail call void asm sideeffect "call ${0:c}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(void ()* nonnull @static_call_target) #4, !srcloc !5
  tail call void asm sideeffect "call ${0:P}", "i,~{memory},~{dirflag},~{fpsr},~{flags}"(void ()* nonnull @other_target) #4, !srcloc !6
  ret void
}

; Function Attrs: noredzone
declare dso_local void @static_call_target() #2

; Function Attrs: noredzone
declare dso_local void @other_target() #2

; Function Attrs: noredzone nounwind
define dso_local i64 @get_user_like(i64* %0) local_unnamed_addr #1 {
  %2 = tail call i64 @llvm.read_register.i64(metadata !0)
  %3 = tail call { i64*, i64, i64 } asm sideeffect "call __get_user_${4:P}", "={ax},={dx},={rsp},0,i,2,~{dirflag},~{fpsr},~{flags}"(i64* %0, i64 8, i64 %2) #4, !srcloc !7
  %4 = extractvalue { i64*, i64, i64 } %3, 0
  %5 = extractvalue { i64*, i64, i64 } %3, 1
  %6 = extractvalue { i64*, i64, i64 } %3, 2
  %7 = ptrtoint i64* %4 to i64
  %8 = trunc i64 %7 to i32
  tail call void @llvm.write_register.i64(metadata !0, i64 %6)
  %9 = icmp eq i32 %8, 0
  %10 = select i1 %9, i64 %5, i64 0
  ret i64 %10
}

; Function Attrs: nounwind readonly
declare i64 @llvm.read_register.i64(metadata) #3

; Function Attrs: nounwind
declare void @llvm.write_register.i64(metadata, i64) #4

; Function Attrs: noredzone nounwind
define dso_local i32 @use_static_branch(i32 %0) local_unnamed_addr #1 {
  callbr void asm sideeffect "1: jmp ${1:l}\0A\09.pushsection __jump_table, \22aw\22\0A\09.balign 8\0A\09.long 1b - ., ${1:l} - .\0A\09.quad ${0:c} - .\0A\09.popsection", "i,X,~{dirflag},~{fpsr},~{flags}"(%struct.static_key* nonnull @some_key, i8* blockaddress(@use_static_branch, %2)) #4
          to label %4 [label %2], !srcloc !8

2:                                                ; preds = %1
  %3 = add nsw i32 %0, 1
  br label %4

4:                                                ; preds = %2, %1
  %5 = phi i32 [ %3, %2 ], [ %0, %1 ]
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local i32 @asm_goto_plain(i32 %0) #1 {
  callbr void asm sideeffect "jmp ${0:l}", "X,~{dirflag},~{fpsr},~{flags}"(i8* blockaddress(@asm_goto_plain, %2)) #4
          to label %4 [label %2], !srcloc !9

2:                                                ; preds = %1
  %3 = sub nsw i32 0, %0
  br label %4

4:                                                ; preds = %2, %1
  %5 = phi i32 [ %3, %2 ], [ %0, %1 ]
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local i32 @extable_read(i32* %0, i32* nocapture %1) local_unnamed_addr #1 {
  %3 = tail call { i32, i32 } asm sideeffect "1: movl ($2), $1\0A2:\0A.pushsection __ex_table, \22a\22\0A .balign 4\0A .long 1b - ., ex_handler_foo - .\0A.popsection\0A", "=r,=r,r,0,~{dirflag},~{fpsr},~{flags}"(i32* %0, i32 0) #4, !srcloc !10
  %4 = extractvalue { i32, i32 } %3, 0
  %5 = extractvalue { i32, i32 } %3, 1
  store i32 %5, i32* %1, align 4, !tbaa !11
  ret i32 %4
}

; Function Attrs: noredzone nounwind
define dso_local void @retpoline_call(void ()* %0) local_unnamed_addr #1 {
  tail call void asm sideeffect "call __x86_indirect_thunk_${0:V}", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(void ()* %0) #4, !srcloc !15
  ret void
}

attributes #0 = { noredzone nounwind readnone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #1 = { noredzone nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #2 = { noredzone "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "no-builtins" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #3 = { nounwind readonly }
attributes #4 = { nounwind }
attributes #5 = { nounwind readnone }

!llvm.named.register.rsp = !{!0}
!llvm.module.flags = !{!1, !2, !3}

!0 = !{!"rsp"}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 1, !"Code Model", i32 2}
!3 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!4 = !{i32 708, i32 715, i32 738, i32 752, i32 797, i32 822, i32 847, i32 874, i32 900, i32 926, i32 947, i32 999, i32 1005, i32 1023, i32 1037}
!5 = !{i32 1263}
!6 = !{i32 1329}
!7 = !{i32 1520}
!8 = !{i32 1821, i32 1840, i32 1883, i32 1902, i32 1939, i32 1962}
!9 = !{i32 2213}
!10 = !{i32 2414, i32 2443, i32 2457, i32 2499, i32 2521, i32 2566}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !13, i64 0}
!13 = !{!"omnipotent char", !14, i64 0}
!14 = !{!"Simple C/C++ TBAA"}
!15 = !{i32 2776}

^0 = module: (path: "out/constructs/asm_x86-x86_64-clang11.bc", hash: (726072933, 1621266148, 2425035995, 3951578206, 1879719295))
^1 = gv: (name: "asm_goto_plain", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5))) ; guid = 1616708002528790066
^2 = gv: (name: "use_static_branch", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, refs: (^11)))) ; guid = 1675608263886483117
^3 = gv: (name: "static_call_like", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, refs: (^6, ^5)))) ; guid = 2721585220895413028
^4 = gv: (name: "llvm.read_register.i64") ; guid = 6155234324474092097
^5 = gv: (name: "other_target") ; guid = 7989032684804989379
^6 = gv: (name: "static_call_target") ; guid = 8383900506330091460
^7 = gv: (name: "llvm.write_register.i64") ; guid = 10458897747716916652
^8 = gv: (name: "get_user_like", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11))) ; guid = 11833164176829901821
^9 = gv: (name: "alt_hweight32", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0)))) ; guid = 12875697747723721104
^10 = gv: (name: "retpoline_call", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 13544575503755601315
^11 = gv: (name: "some_key") ; guid = 15682271117203042365
^12 = gv: (name: "extable_read", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5))) ; guid = 16367362023446929219
^13 = blockcount: 11
