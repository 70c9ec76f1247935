source_filename = "src/constructs/san.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

@__hwasan_tls = external thread_local(initialexec) global i64
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (i64* @__hwasan_tls to i8*)], section "llvm.metadata"
@__hwasan_shadow = external global [0 x i8]

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly sanitize_hwaddress willreturn
define dso_local i64 @load8(i64* nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = call i8* asm "", "=r,0"(i8* inttoptr (i64 -1153062242095202304 to i8*))
  %3 = bitcast i64* %0 to i8*
  call void @llvm.hwasan.check.memaccess(i8* %2, i8* %3, i32 67043363)
  %4 = load i64, i64* %0, align 8, !tbaa !7
  ret i64 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_hwaddress willreturn writeonly
define dso_local void @store4(i32* nocapture noundef writeonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = call i8* asm "", "=r,0"(i8* inttoptr (i64 -1153062242095202304 to i8*))
  %4 = bitcast i32* %0 to i8*
  call void @llvm.hwasan.check.memaccess(i8* %3, i8* %4, i32 67043378)
  store i32 %1, i32* %0, align 4, !tbaa !11
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly sanitize_hwaddress willreturn
define dso_local i8 @load1(i8* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = call i8* asm "", "=r,0"(i8* inttoptr (i64 -1153062242095202304 to i8*))
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds i8, i8* %0, i64 %4
  call void @llvm.hwasan.check.memaccess(i8* %3, i8* %5, i32 67043360)
  %6 = load i8, i8* %5, align 1, !tbaa !13
  ret i8 %6
}

; Function Attrs: mustprogress nofree nosync nounwind sanitize_hwaddress willreturn
define dso_local void @copy(i8* nocapture noundef writeonly %0, i8* nocapture noundef readonly %1, i64 noundef %2) local_unnamed_addr #2 {
  %4 = call i8* asm "", "=r,0"(i8* inttoptr (i64 -1153062242095202304 to i8*))
  %5 = call i8* @memcpy(i8* %0, i8* %1, i64 %2)
  ret void
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind sanitize_hwaddress
define dso_local i32 @stack_obj(i32 noundef %0) local_unnamed_addr #4 {
  %2 = alloca [16 x i32], align 4
  %3 = bitcast [16 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %3) #7
  call void @consume(i8* noundef nonnull %3) #8
  %4 = and i32 %0, 15
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds [16 x i32], [16 x i32]* %2, i64 0, i64 %5
  %7 = load i32, i32* %6, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %3) #7
  ret i32 %7
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #5

declare dso_local void @consume(i8* noundef) local_unnamed_addr #6

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: nounwind sanitize_hwaddress
define dso_local i32 @with_call(i32 (i32)* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #4 {
  %3 = tail call i32 %0(i32 noundef %1) #8
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

declare void @__hwasan_loadN_noabort(i64, i64)

declare void @__hwasan_load1_noabort(i64)

declare void @__hwasan_load2_noabort(i64)

declare void @__hwasan_load4_noabort(i64)

declare void @__hwasan_load8_noabort(i64)

declare void @__hwasan_load16_noabort(i64)

declare void @__hwasan_storeN_noabort(i64, i64)

declare void @__hwasan_store1_noabort(i64)

declare void @__hwasan_store2_noabort(i64)

declare void @__hwasan_store4_noabort(i64)

declare void @__hwasan_store8_noabort(i64)

declare void @__hwasan_store16_noabort(i64)

declare void @__hwasan_tag_memory(i8*, i8, i64)

declare i8 @__hwasan_generate_tag()

declare i8* @memmove(i8*, i8*, i64)

declare i8* @memcpy(i8*, i8*, i64)

declare i8* @memset(i8*, i32, i64)

declare void @__hwasan_handle_vfork(i64)

; Function Attrs: nounwind
declare void @llvm.hwasan.check.memaccess(i8*, i8*, i32 immarg) #7

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly sanitize_hwaddress willreturn "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind sanitize_hwaddress willreturn writeonly "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #2 = { mustprogress nofree nosync nounwind sanitize_hwaddress willreturn "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #3 = { argmemonly nofree nounwind willreturn }
attributes #4 = { nounwind sanitize_hwaddress "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #5 = { argmemonly nofree nosync nounwind willreturn }
attributes #6 = { "frame-pointer"="non-leaf" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5, !6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"branch-target-enforcement", i32 0}
!2 = !{i32 1, !"sign-return-address", i32 0}
!3 = !{i32 1, !"sign-return-address-all", i32 0}
!4 = !{i32 1, !"sign-return-address-with-bkey", i32 0}
!5 = !{i32 7, !"frame-pointer", i32 1}
!6 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !9, i64 0}
!13 = !{!9, !9, i64 0}

^0 = module: (path: "out/constructs/san.hwasan-aarch64-clang14.bc", hash: (1909243220, 3394589110, 1754331193, 1372852668, 1999166376))
^1 = gv: (name: "llvm.memcpy.p0i8.p0i8.i64") ; guid = 614884070845456474
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "memcpy") ; guid = 3893303423671325810
^4 = gv: (name: "__hwasan_store2_noabort") ; guid = 5946059092142251306
^5 = gv: (name: "__hwasan_handle_vfork") ; guid = 6423519761067490902
^6 = gv: (name: "with_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7178665988677295287
^7 = gv: (name: "__hwasan_tls") ; guid = 7391185672616877723
^8 = gv: (name: "__hwasan_storeN_noabort") ; guid = 7427948771188261914
^9 = gv: (name: "copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 8740026183827311378
^10 = gv: (name: "__hwasan_load4_noabort") ; guid = 9535849364772687557
^11 = gv: (name: "llvm.compiler.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 0, live: 1, dsoLocal: 0, canAutoHide: 0), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^7)))) ; guid = 9610627770985738006
^12 = gv: (name: "load8", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 10240054261636144173
^13 = gv: (name: "__hwasan_load2_noabort") ; guid = 11819744714433132163
^14 = gv: (name: "consume") ; guid = 11856158408217260016
^15 = gv: (name: "__hwasan_store8_noabort") ; guid = 12063786361979010312
^16 = gv: (name: "__hwasan_loadN_noabort") ; guid = 12390772874630597398
^17 = gv: (name: "__hwasan_load8_noabort") ; guid = 12971257513271070704
^18 = gv: (name: "load1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 14033226007102394046
^19 = gv: (name: "__hwasan_store1_noabort") ; guid = 14250884043041950538
^20 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^21 = gv: (name: "__hwasan_shadow") ; guid = 14314930307153797665
^22 = gv: (name: "memset") ; guid = 15705169369643575921
^23 = gv: (name: "stack_obj", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14))))) ; guid = 15806722421050019370
^24 = gv: (name: "__hwasan_store4_noabort") ; guid = 16028049389202416805
^25 = gv: (name: "__hwasan_generate_tag") ; guid = 16246349021953850758
^26 = gv: (name: "llvm.hwasan.check.memaccess") ; guid = 16585846380952278386
^27 = gv: (name: "__hwasan_tag_memory") ; guid = 16910064902212640347
^28 = gv: (name: "store4", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 16979667123159768653
^29 = gv: (name: "__hwasan_store16_noabort") ; guid = 17390159876170441130
^30 = gv: (name: "__hwasan_load16_noabort") ; guid = 18104148107360900742
^31 = gv: (name: "memmove") ; guid = 18140662176613305469
^32 = gv: (name: "__hwasan_load1_noabort") ; guid = 18253705683095479539
^33 = blockcount: 6
