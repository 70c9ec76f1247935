source_filename = "src/lookups/lookups.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n64-S128"
target triple = "riscv64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"lk_get_a\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"lk_req_b\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"symbol:lk_req_b\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"lk_helper_c1\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"lk_helper_c2\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"lk_dvb_fe_attach\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"symbol:lk_dvb_fe_attach\00", align 1
@.str.7 = private unnamed_addr constant [49 x i8] c"\013DVB: Unable to find symbol lk_dvb_fe_attach()\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"lk_direct_d\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"lk_sel_e1\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"lk_sel_e2\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"lk_phi_f1\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"lk_phi_f2\00", align 1
@.str.13 = private unnamed_addr constant [15 x i8] c"lk_cmdset_%04x\00", align 1
@lk_case_notrim.__notrim = internal constant [12 x i8] c"lk_notrim_g\00", section ".no_trim_symbol", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"lk_notrim_g\00", align 1
@lk_notrim_only = internal constant [17 x i8] c"lk_notrim_only_h\00", section ".no_trim_symbol", align 1
@.str.15 = private unnamed_addr constant [22 x i8] c"lk_decoy_not_a_lookup\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"symbol:%s\00", align 1
@llvm.compiler.used = appending global [2 x i8*] [i8* getelementptr inbounds ([12 x i8], [12 x i8]* @lk_case_notrim.__notrim, i32 0, i32 0), i8* getelementptr inbounds ([17 x i8], [17 x i8]* @lk_notrim_only, i32 0, i32 0)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local signext i32 @lk_case_symbol_get(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str, i64 0, i64 0)) #4
  %3 = icmp eq i8* %2, null
  br i1 %3, label %7, label %4

4:                                                ; preds = %1
  %5 = bitcast i8* %2 to i32 (i32)*
  %6 = tail call signext i32 %5(i32 noundef signext %0) #4
  br label %7

7:                                                ; preds = %4, %1
  %8 = phi i32 [ %6, %4 ], [ -1, %1 ]
  ret i32 %8
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

declare dso_local i8* @__symbol_get(i8* noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind
define dso_local signext i32 @lk_case_request_put(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0)) #4
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %8

4:                                                ; preds = %1
  %5 = tail call signext i32 (i1, i8*, ...) @__request_module(i1 noundef zeroext true, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.2, i64 0, i64 0)) #4
  %6 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0)) #4
  %7 = icmp eq i8* %6, null
  br i1 %7, label %12, label %8

8:                                                ; preds = %4, %1
  %9 = phi i8* [ %6, %4 ], [ %2, %1 ]
  %10 = bitcast i8* %9 to i32 (i32)*
  %11 = tail call signext i32 %10(i32 noundef signext %0) #4
  tail call void @__symbol_put(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0)) #4
  br label %12

12:                                               ; preds = %8, %4
  %13 = phi i32 [ %11, %8 ], [ -1, %4 ]
  ret i32 %13
}

declare dso_local signext i32 @__request_module(i1 noundef zeroext, i8* noundef, ...) local_unnamed_addr #2

declare dso_local void @__symbol_put(i8* noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i8* @lk_case_helper_c1() local_unnamed_addr #0 {
  %1 = tail call fastcc i8* @lk_attach(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.3, i64 0, i64 0)) #5
  ret i8* %1
}

; Function Attrs: noinline nounwind
define internal fastcc i8* @lk_attach(i8* noundef %0) unnamed_addr #3 {
  %2 = tail call i8* @__symbol_get(i8* noundef %0) #4
  %3 = icmp eq i8* %2, null
  br i1 %3, label %4, label %7

4:                                                ; preds = %1
  %5 = tail call signext i32 (i1, i8*, ...) @__request_module(i1 noundef zeroext true, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.16, i64 0, i64 0), i8* noundef %0) #4
  %6 = tail call i8* @__symbol_get(i8* noundef %0) #4
  br label %7

7:                                                ; preds = %4, %1
  %8 = phi i8* [ %2, %1 ], [ %6, %4 ]
  ret i8* %8
}

; Function Attrs: nounwind
define dso_local signext i32 @lk_case_helper_c2(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i8* @lk_attach(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.4, i64 0, i64 0)) #5
  %3 = icmp eq i8* %2, null
  br i1 %3, label %8, label %4

4:                                                ; preds = %1
  %5 = bitcast i8* %2 to i32 (i32)*
  %6 = tail call signext i32 %5(i32 noundef signext %0) #4
  %7 = add nsw i32 %6, 1
  br label %8

8:                                                ; preds = %4, %1
  %9 = phi i32 [ %7, %4 ], [ 0, %1 ]
  ret i32 %9
}

; Function Attrs: nounwind
define dso_local i8* @lk_case_dvb_attach(i8* noundef %0, i8* noundef %1) local_unnamed_addr #0 {
  %3 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.5, i64 0, i64 0)) #4
  %4 = icmp eq i8* %3, null
  br i1 %4, label %5, label %9

5:                                                ; preds = %2
  %6 = tail call signext i32 (i1, i8*, ...) @__request_module(i1 noundef zeroext true, i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str.6, i64 0, i64 0)) #4
  %7 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.5, i64 0, i64 0)) #4
  %8 = icmp eq i8* %7, null
  br i1 %8, label %15, label %9

9:                                                ; preds = %5, %2
  %10 = phi i8* [ %7, %5 ], [ %3, %2 ]
  %11 = bitcast i8* %10 to i8* (i8*, i8*)*
  %12 = tail call i8* %11(i8* noundef %0, i8* noundef %1) #4
  %13 = icmp eq i8* %12, null
  br i1 %13, label %14, label %17

14:                                               ; preds = %9
  tail call void @__symbol_put(i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.5, i64 0, i64 0)) #4
  br label %17

15:                                               ; preds = %5
  %16 = tail call signext i32 (i8*, ...) @printk(i8* noundef getelementptr inbounds ([49 x i8], [49 x i8]* @.str.7, i64 0, i64 0)) #4
  br label %17

17:                                               ; preds = %15, %14, %9
  %18 = phi i8* [ null, %14 ], [ %12, %9 ], [ null, %15 ]
  ret i8* %18
}

declare dso_local signext i32 @printk(i8* noundef, ...) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i8* @lk_case_direct() local_unnamed_addr #0 {
  %1 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([12 x i8], [12 x i8]* @.str.8, i64 0, i64 0)) #4
  ret i8* %1
}

; Function Attrs: nounwind
define dso_local i8* @lk_case_select(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  %3 = select i1 %2, i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.10, i64 0, i64 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.9, i64 0, i64 0)
  %4 = tail call i8* @__symbol_get(i8* noundef %3) #4
  ret i8* %4
}

; Function Attrs: nounwind
define dso_local i8* @lk_case_phi(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 3
  br i1 %2, label %3, label %4

3:                                                ; preds = %1
  tail call void @lk_note(i32 noundef signext %0) #4
  br label %4

4:                                                ; preds = %3, %1
  %5 = phi i8* [ getelementptr inbounds ([10 x i8], [10 x i8]* @.str.12, i64 0, i64 0), %3 ], [ getelementptr inbounds ([10 x i8], [10 x i8]* @.str.11, i64 0, i64 0), %1 ]
  %6 = tail call i8* @__symbol_get(i8* noundef nonnull %5) #4
  ret i8* %6
}

declare dso_local void @lk_note(i32 noundef signext) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i8* @lk_case_computed(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i8], align 1
  %3 = getelementptr inbounds [32 x i8], [32 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %3) #6
  %4 = call signext i32 (i8*, i8*, ...) @lk_sprintf(i8* noundef nonnull %3, i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.13, i64 0, i64 0), i32 noundef signext %0) #4
  %5 = call i8* @__symbol_get(i8* noundef nonnull %3) #4
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %3) #6
  ret i8* %5
}

declare dso_local signext i32 @lk_sprintf(i8* noundef, i8* noundef, ...) local_unnamed_addr #2

; Function Attrs: nounwind
define dso_local i8* @lk_case_notrim() local_unnamed_addr #0 {
  %1 = tail call i8* @__symbol_get(i8* noundef getelementptr inbounds ([12 x i8], [12 x i8]* @.str.14, i64 0, i64 0)) #4
  %2 = icmp eq i8* %1, null
  br i1 %2, label %5, label %3

3:                                                ; preds = %0
  %4 = bitcast i8* %1 to void ()*
  tail call void %4() #4
  br label %5

5:                                                ; preds = %3, %0
  ret i8* %1
}

; Function Attrs: nounwind
define dso_local void @lk_case_decoy() local_unnamed_addr #0 {
  tail call void @lk_report(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str.15, i64 0, i64 0)) #4
  ret void
}

declare dso_local void @lk_report(i8* noundef) local_unnamed_addr #2

attributes #0 = { nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-features"="+64bit,+a,+c,+m" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-features"="+64bit,+a,+c,+m" }
attributes #3 = { noinline nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-features"="+64bit,+a,+c,+m" }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"lp64"}
!2 = !{i32 1, !"Code Model", i32 3}
!3 = !{i32 1, !"SmallDataLimit", i32 8}
!4 = !{i32 1, !"EnableSplitLTOUnit", i32 0}

^0 = module: (path: "out/lookups/clang-14/riscv64/lookups.bc", hash: (2431633619, 2089940333, 1317325243, 187575998, 3423099257))
^1 = gv: (name: "lk_case_helper_c2", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^21)), refs: (^5)))) ; guid = 139928318355174286
^2 = gv: (name: "lk_notrim_only", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 2387365573808387401
^3 = gv: (name: "printk") ; guid = 2874124285782242081
^4 = gv: (name: ".str.8", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 2976309621110222095
^5 = gv: (name: ".str.4", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 3061365806029690157
^6 = gv: (name: ".str.7", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 3527982059597523463
^7 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^8 = gv: (name: ".str.5", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 3747838067351158424
^9 = gv: (name: "__request_module") ; guid = 3779608982650203477
^10 = gv: (name: ".str.13", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 5083431032458037861
^11 = gv: (name: ".str.9", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 5309986542333435589
^12 = gv: (name: ".str.10", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 5488848337394018435
^13 = gv: (name: "lk_case_dvb_attach", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^20), (callee: ^9), (callee: ^25), (callee: ^3)), refs: (^8, ^19, ^6)))) ; guid = 5506948233972269059
^14 = gv: (name: "lk_case_select", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20)), refs: (^11, ^12)))) ; guid = 5919214865163401418
^15 = gv: (name: "lk_case_notrim", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^20)), refs: (^39)))) ; guid = 6257093072293673636
^16 = gv: (name: "lk_case_phi", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^34), (callee: ^20)), refs: (^28, ^27)))) ; guid = 6409240264448338995
^17 = gv: (name: "lk_case_symbol_get", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^20)), refs: (^41)))) ; guid = 8287804122961179089
^18 = gv: (name: ".str.15", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 8684290435442037877
^19 = gv: (name: ".str.6", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 9070788206065358360
^20 = gv: (name: "__symbol_get") ; guid = 9399601462453759559
^21 = gv: (name: "lk_attach", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20), (callee: ^9)), refs: (^24)))) ; guid = 9578579141202392894
^22 = gv: (name: "llvm.compiler.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^33, ^2)))) ; guid = 9610627770985738006
^23 = gv: (name: "lk_case_decoy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^36)), refs: (^18)))) ; guid = 10286727093109730217
^24 = gv: (name: ".str.16", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 11226746343953106291
^25 = gv: (name: "__symbol_put") ; guid = 11530861139277535378
^26 = gv: (name: "lk_case_direct", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20)), refs: (^4)))) ; guid = 12160757640085530572
^27 = gv: (name: ".str.12", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 13137006660177775960
^28 = gv: (name: ".str.11", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 13250898776468307982
^29 = gv: (name: ".str.2", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 13631176648258700522
^30 = gv: (name: "lk_sprintf") ; guid = 13829533443360826460
^31 = gv: (name: "lk_case_helper_c1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^21)), refs: (^37)))) ; guid = 14198250557866789073
^32 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^33 = gv: (name: "lk_case_notrim.__notrim", summaries: (variable: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 14902543775982357703
^34 = gv: (name: "lk_note") ; guid = 15737298732602246730
^35 = gv: (name: ".str.1", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 15985081410919522463
^36 = gv: (name: "lk_report") ; guid = 17083543208486528879
^37 = gv: (name: ".str.3", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 17493380393332775833
^38 = gv: (name: "lk_case_computed", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^30), (callee: ^20)), refs: (^10)))) ; guid = 17645924871590695184
^39 = gv: (name: ".str.14", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 18229805431844501431
^40 = gv: (name: "lk_case_request_put", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 14, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^20), (callee: ^9), (callee: ^25)), refs: (^35, ^29)))) ; guid = 18338417214310875922
^41 = gv: (name: ".str", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 18400633584634316246
^42 = blockcount: 30
