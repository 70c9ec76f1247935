source_filename = "src/constructs/san.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@__hwasan_tls = external thread_local(initialexec) global i64
@llvm.compiler.used = appending global [1 x ptr] [ptr @__hwasan_tls], section "llvm.metadata"
@__hwasan_shadow = external global [0 x i8]

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_hwaddress willreturn
define dso_local i64 @load8(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = call ptr asm "", "=r,0"(ptr null)
  %3 = ptrtoint ptr %0 to i64
  call void @__hwasan_load8_noabort(i64 %3)
  %4 = load i64, ptr %0, align 8, !tbaa !8
  ret i64 %4
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_hwaddress willreturn
define dso_local void @store4(ptr noundef captures(none) initializes((0, 4)) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = call ptr asm "", "=r,0"(ptr null)
  %4 = ptrtoint ptr %0 to i64
  call void @__hwasan_store4_noabort(i64 %4)
  store i32 %1, ptr %0, align 4, !tbaa !4
  ret void
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_hwaddress willreturn
define dso_local i8 @load1(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = call ptr asm "", "=r,0"(ptr null)
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 %4
  %6 = ptrtoint ptr %5 to i64
  call void @__hwasan_load1_noabort(i64 %6)
  %7 = load i8, ptr %5, align 1, !tbaa !10
  ret i8 %7
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_hwaddress willreturn
define dso_local void @copy(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = call ptr asm "", "=r,0"(ptr null)
  %5 = call ptr @memcpy(ptr %0, ptr %1, i64 %2)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind sanitize_hwaddress
define dso_local i32 @stack_obj(i32 noundef %0) local_unnamed_addr #2 {
  %2 = alloca [16 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  call void @consume(ptr noundef nonnull %2) #6
  %3 = and i32 %0, 15
  %4 = zext nneg i32 %3 to i64
  %5 = getelementptr inbounds nuw i32, ptr %2, i64 %4
  %6 = load i32, ptr %5, align 4, !tbaa !4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %6
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

declare dso_local void @consume(ptr noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nounwind sanitize_hwaddress
define dso_local range(i32 -2147483647, -2147483648) i32 @with_call(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = tail call i32 %0(i32 noundef %1) #6
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

declare ptr @memmove(ptr, ptr, i64)

declare ptr @memcpy(ptr, ptr, i64)

declare ptr @memset(ptr, i32, i64)

declare void @__hwasan_tag_memory(ptr, i8, i64)

declare i8 @__hwasan_generate_tag()

declare void @__hwasan_add_frame_record(i64)

declare void @__hwasan_handle_vfork(i64)

attributes #0 = { mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_hwaddress willreturn "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind sanitize_hwaddress "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{i32 4, !"nosanitize_hwaddress", i32 1}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = !{!6, !6, i64 0}

^0 = module: (path: "out/constructs/san.hwasancalls-aarch64-clang22.bc", hash: (1333250841, 88108718, 3264160360, 3795629875, 2273783818))
^1 = gv: (name: "llvm.memcpy.p0.p0.i64") ; guid = 2699563562842851132
^2 = gv: (name: "memcpy") ; guid = 3893303423671325810
^3 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^4 = gv: (name: "__hwasan_store2_noabort") ; guid = 5946059092142251306
^5 = gv: (name: "__hwasan_handle_vfork") ; guid = 6423519761067490902
^6 = gv: (name: "__hwasan_add_frame_record") ; guid = 6980983379256080395
^7 = gv: (name: "with_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7178665988677295287
^8 = gv: (name: "__hwasan_tls") ; guid = 7391185672616877723
^9 = gv: (name: "__hwasan_storeN_noabort") ; guid = 7427948771188261914
^10 = gv: (name: "copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^2))))) ; guid = 8740026183827311378
^11 = gv: (name: "__hwasan_load4_noabort") ; guid = 9535849364772687557
^12 = gv: (name: "llvm.compiler.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 0, live: 1, dsoLocal: 0, canAutoHide: 0, importType: definition), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^8)))) ; guid = 9610627770985738006
^13 = gv: (name: "load8", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^18))))) ; guid = 10240054261636144173
^14 = gv: (name: "__hwasan_load2_noabort") ; guid = 11819744714433132163
^15 = gv: (name: "consume") ; guid = 11856158408217260016
^16 = gv: (name: "__hwasan_store8_noabort") ; guid = 12063786361979010312
^17 = gv: (name: "__hwasan_loadN_noabort") ; guid = 12390772874630597398
^18 = gv: (name: "__hwasan_load8_noabort") ; guid = 12971257513271070704
^19 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^20 = gv: (name: "load1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^32))))) ; guid = 14033226007102394046
^21 = gv: (name: "__hwasan_store1_noabort") ; guid = 14250884043041950538
^22 = gv: (name: "__hwasan_shadow") ; guid = 14314930307153797665
^23 = gv: (name: "memset") ; guid = 15705169369643575921
^24 = gv: (name: "stack_obj", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15))))) ; guid = 15806722421050019370
^25 = gv: (name: "__hwasan_store4_noabort") ; guid = 16028049389202416805
^26 = gv: (name: "__hwasan_generate_tag") ; guid = 16246349021953850758
^27 = gv: (name: "__hwasan_tag_memory") ; guid = 16910064902212640347
^28 = gv: (name: "store4", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^25))))) ; guid = 16979667123159768653
^29 = gv: (name: "__hwasan_store16_noabort") ; guid = 17390159876170441130
^30 = gv: (name: "__hwasan_load16_noabort") ; guid = 18104148107360900742
^31 = gv: (name: "memmove") ; guid = 18140662176613305469
^32 = gv: (name: "__hwasan_load1_noabort") ; guid = 18253705683095479539
^33 = blockcount: 0
