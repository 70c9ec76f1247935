source_filename = "src/lookups/lookups.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

@lk_case_symbol_get.__notrim = internal constant [9 x i8] c"lk_get_a\00", section ".no_trim_symbol", align 1
@.str = private unnamed_addr constant [9 x i8] c"lk_get_a\00", align 1
@lk_case_request_put.__notrim = internal constant [9 x i8] c"lk_req_b\00", section ".no_trim_symbol", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"lk_req_b\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"symbol:lk_req_b\00", align 1
@lk_case_request_put.__notrim.3 = internal constant [9 x i8] c"lk_req_b\00", section ".no_trim_symbol", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"lk_helper_c1\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"lk_helper_c2\00", align 1
@lk_case_dvb_attach.__notrim = internal constant [17 x i8] c"lk_dvb_fe_attach\00", section ".no_trim_symbol", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"lk_dvb_fe_attach\00", align 1
@.str.7 = private unnamed_addr constant [24 x i8] c"symbol:lk_dvb_fe_attach\00", align 1
@lk_case_dvb_attach.__notrim.8 = internal constant [17 x i8] c"lk_dvb_fe_attach\00", section ".no_trim_symbol", align 1
@.str.9 = private unnamed_addr constant [49 x i8] c"\013DVB: Unable to find symbol lk_dvb_fe_attach()\0A\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"lk_direct_d\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"lk_sel_e1\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"lk_sel_e2\00", align 1
@.str.13 = private unnamed_addr constant [10 x i8] c"lk_phi_f1\00", align 1
@.str.14 = private unnamed_addr constant [10 x i8] c"lk_phi_f2\00", align 1
@.str.15 = private unnamed_addr constant [15 x i8] c"lk_cmdset_%04x\00", align 1
@lk_case_notrim.__notrim = internal constant [12 x i8] c"lk_notrim_g\00", section ".no_trim_symbol", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"lk_notrim_g\00", align 1
@lk_notrim_only = internal constant [17 x i8] c"lk_notrim_only_h\00", section ".no_trim_symbol", align 1
@.str.17 = private unnamed_addr constant [22 x i8] c"lk_decoy_not_a_lookup\00", align 1
@.str.18 = private unnamed_addr constant [10 x i8] c"symbol:%s\00", align 1
@llvm.compiler.used = appending global [7 x ptr] [ptr @lk_case_dvb_attach.__notrim, ptr @lk_case_dvb_attach.__notrim.8, ptr @lk_case_notrim.__notrim, ptr @lk_case_request_put.__notrim, ptr @lk_case_request_put.__notrim.3, ptr @lk_case_symbol_get.__notrim, ptr @lk_notrim_only], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local i32 @lk_case_symbol_get(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @__symbol_get(ptr noundef nonnull @.str) #4
  %3 = icmp eq ptr %2, null
  br i1 %3, label %6, label %4

4:                                                ; preds = %1
  %5 = tail call i32 %2(i32 noundef %0) #4
  br label %6

6:                                                ; preds = %4, %1
  %7 = phi i32 [ %5, %4 ], [ -1, %1 ]
  ret i32 %7
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare dso_local ptr @__symbol_get(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
define dso_local i32 @lk_case_request_put(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.1) #4
  %3 = icmp eq ptr %2, null
  br i1 %3, label %4, label %8

4:                                                ; preds = %1
  %5 = tail call i32 (i1, ptr, ...) @__request_module(i1 noundef zeroext true, ptr noundef nonnull @.str.2) #4
  %6 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.1) #4
  %7 = icmp eq ptr %6, null
  br i1 %7, label %11, label %8

8:                                                ; preds = %4, %1
  %9 = phi ptr [ %6, %4 ], [ %2, %1 ]
  %10 = tail call i32 %9(i32 noundef %0) #4
  tail call void @__symbol_put(ptr noundef nonnull @.str.1) #4
  br label %11

11:                                               ; preds = %8, %4
  %12 = phi i32 [ %10, %8 ], [ -1, %4 ]
  ret i32 %12
}

declare dso_local i32 @__request_module(i1 noundef zeroext, ptr noundef, ...) local_unnamed_addr #2

declare dso_local void @__symbol_put(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local ptr @lk_case_helper_c1() local_unnamed_addr #0 {
  %1 = tail call fastcc ptr @lk_attach(ptr noundef nonnull @.str.4) #5
  ret ptr %1
}

; Function Attrs: noinline nounwind
define internal fastcc ptr @lk_attach(ptr noundef %0) unnamed_addr #3 {
  %2 = tail call ptr @__symbol_get(ptr noundef %0) #4
  %3 = icmp eq ptr %2, null
  br i1 %3, label %4, label %7

4:                                                ; preds = %1
  %5 = tail call i32 (i1, ptr, ...) @__request_module(i1 noundef zeroext true, ptr noundef nonnull @.str.18, ptr noundef %0) #4
  %6 = tail call ptr @__symbol_get(ptr noundef %0) #4
  br label %7

7:                                                ; preds = %4, %1
  %8 = phi ptr [ %2, %1 ], [ %6, %4 ]
  ret ptr %8
}

; Function Attrs: nounwind
define dso_local range(i32 -2147483647, -2147483648) i32 @lk_case_helper_c2(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call fastcc ptr @lk_attach(ptr noundef nonnull @.str.5) #5
  %3 = icmp eq ptr %2, null
  br i1 %3, label %7, label %4

4:                                                ; preds = %1
  %5 = tail call i32 %2(i32 noundef %0) #4
  %6 = add nsw i32 %5, 1
  br label %7

7:                                                ; preds = %4, %1
  %8 = phi i32 [ %6, %4 ], [ 0, %1 ]
  ret i32 %8
}

; Function Attrs: nounwind
define dso_local ptr @lk_case_dvb_attach(ptr noundef %0, ptr noundef %1) local_unnamed_addr #0 {
  %3 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.6) #4
  %4 = icmp eq ptr %3, null
  br i1 %4, label %5, label %9

5:                                                ; preds = %2
  %6 = tail call i32 (i1, ptr, ...) @__request_module(i1 noundef zeroext true, ptr noundef nonnull @.str.7) #4
  %7 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.6) #4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %14, label %9

9:                                                ; preds = %5, %2
  %10 = phi ptr [ %7, %5 ], [ %3, %2 ]
  %11 = tail call ptr %10(ptr noundef %0, ptr noundef %1) #4
  %12 = icmp eq ptr %11, null
  br i1 %12, label %13, label %16

13:                                               ; preds = %9
  tail call void @__symbol_put(ptr noundef nonnull @.str.6) #4
  br label %16

14:                                               ; preds = %5
  %15 = tail call i32 (ptr, ...) @printk(ptr noundef nonnull @.str.9) #4
  br label %16

16:                                               ; preds = %14, %13, %9
  %17 = phi ptr [ null, %13 ], [ %11, %9 ], [ null, %14 ]
  ret ptr %17
}

declare dso_local i32 @printk(ptr noundef, ...) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local ptr @lk_case_direct() local_unnamed_addr #0 {
  %1 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.10) #4
  ret ptr %1
}

; Function Attrs: nounwind
define dso_local ptr @lk_case_select(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  %3 = select i1 %2, ptr @.str.12, ptr @.str.11
  %4 = tail call ptr @__symbol_get(ptr noundef nonnull %3) #4
  ret ptr %4
}

; Function Attrs: nounwind
define dso_local ptr @lk_case_phi(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 3
  br i1 %2, label %3, label %4

3:                                                ; preds = %1
  tail call void @lk_note(i32 noundef %0) #4
  br label %4

4:                                                ; preds = %3, %1
  %5 = phi ptr [ @.str.14, %3 ], [ @.str.13, %1 ]
  %6 = tail call ptr @__symbol_get(ptr noundef nonnull %5) #4
  ret ptr %6
}

declare dso_local void @lk_note(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local ptr @lk_case_computed(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = call i32 (ptr, ptr, ...) @lk_sprintf(ptr noundef nonnull %2, ptr noundef nonnull @.str.15, i32 noundef %0) #4
  %4 = call ptr @__symbol_get(ptr noundef nonnull %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret ptr %4
}

declare dso_local i32 @lk_sprintf(ptr noundef, ptr noundef, ...) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local ptr @lk_case_notrim() local_unnamed_addr #0 {
  %1 = tail call ptr @__symbol_get(ptr noundef nonnull @.str.16) #4
  %2 = icmp eq ptr %1, null
  br i1 %2, label %4, label %3

3:                                                ; preds = %0
  tail call void %1() #4
  br label %4

4:                                                ; preds = %3, %0
  ret ptr %1
}

; Function Attrs: nounwind
define dso_local void @lk_case_decoy() local_unnamed_addr #0 {
  tail call void @lk_report(ptr noundef nonnull @.str.17) #4
  ret void
}

declare dso_local void @lk_report(ptr noundef) local_unnamed_addr #2

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #3 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/lookups/clang-22/arm/lookups-notrim.bc", hash: (717174954, 968853291, 772999376, 1465077016, 1347986711))
^1 = gv: (name: ".str.17", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 112840732282546620
^2 = gv: (name: "lk_case_helper_c2", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^18, tail: 1)), refs: (^41)))) ; guid = 139928318355174286
^3 = gv: (name: "lk_case_request_put.__notrim", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 354310076353066661
^4 = gv: (name: ".str.7", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 718176022232671436
^5 = gv: (name: "printk") ; guid = 2874124285782242081
^6 = gv: (name: "__request_module") ; guid = 3779608982650203477
^7 = gv: (name: "lk_notrim_only", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 4182347940306334999
^8 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^9 = gv: (name: "lk_case_dvb_attach", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1), (callee: ^26, tail: 1), (callee: ^5, tail: 1)), refs: (^14, ^4, ^42)))) ; guid = 5506948233972269059
^10 = gv: (name: "lk_case_select", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1)), refs: (^29, ^17)))) ; guid = 5919214865163401418
^11 = gv: (name: "lk_case_notrim", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1)), refs: (^24)))) ; guid = 6257093072293673636
^12 = gv: (name: "lk_case_phi", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^19, tail: 1)), refs: (^30, ^40)))) ; guid = 6409240264448338995
^13 = gv: (name: "lk_case_request_put.__notrim.3", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 6425754690877640788
^14 = gv: (name: ".str.6", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 6449964109367423344
^15 = gv: (name: "lk_case_dvb_attach.__notrim.8", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 7039902434030021295
^16 = gv: (name: "lk_case_symbol_get", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1)), refs: (^21)))) ; guid = 8287804122961179089
^17 = gv: (name: ".str.11", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 8355915407704907254
^18 = gv: (name: "lk_attach", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1)), refs: (^35)))) ; guid = 8440933946210485531
^19 = gv: (name: "__symbol_get") ; guid = 9399601462453759559
^20 = gv: (name: "llvm.compiler.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0, importType: definition), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^38, ^3, ^13, ^27, ^15, ^33, ^7)))) ; guid = 9610627770985738006
^21 = gv: (name: ".str", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 10269241588707556660
^22 = gv: (name: "lk_case_decoy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^43, tail: 1)), refs: (^1)))) ; guid = 10286727093109730217
^23 = gv: (name: ".str.4", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 10353247380472972485
^24 = gv: (name: ".str.16", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 10839321918880631745
^25 = gv: (name: ".str.1", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 11032246962911868895
^26 = gv: (name: "__symbol_put") ; guid = 11530861139277535378
^27 = gv: (name: "lk_case_dvb_attach.__notrim", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 11708911577758612930
^28 = gv: (name: "lk_case_direct", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1)), refs: (^36)))) ; guid = 12160757640085530572
^29 = gv: (name: ".str.12", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 12656507894701891124
^30 = gv: (name: ".str.14", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 12803475148168694315
^31 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^32 = gv: (name: "lk_sprintf") ; guid = 13829533443360826460
^33 = gv: (name: "lk_case_notrim.__notrim", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 13885700385347852454
^34 = gv: (name: ".str.15", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 14030098770368363400
^35 = gv: (name: ".str.18", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 14064133977339017143
^36 = gv: (name: ".str.10", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 14147326028931368886
^37 = gv: (name: "lk_case_helper_c1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^18, tail: 1)), refs: (^23)))) ; guid = 14198250557866789073
^38 = gv: (name: "lk_case_symbol_get.__notrim", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 14225813889863093827
^39 = gv: (name: "lk_note") ; guid = 15737298732602246730
^40 = gv: (name: ".str.13", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 16201938336106094695
^41 = gv: (name: ".str.5", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 16361807861231902146
^42 = gv: (name: ".str.9", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 16419016845548950931
^43 = gv: (name: "lk_report") ; guid = 17083543208486528879
^44 = gv: (name: "lk_case_computed", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^32), (callee: ^19)), refs: (^34)))) ; guid = 17645924871590695184
^45 = gv: (name: ".str.2", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 17890860673537091009
^46 = gv: (name: "lk_case_request_put", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 13, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^6, tail: 1), (callee: ^26, tail: 1)), refs: (^25, ^45)))) ; guid = 18338417214310875922
^47 = blockcount: 0
