source_filename = "src/constructs/san.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"
target triple = "aarch64-unknown-linux-gnu"

@___asan_gen_ = private unnamed_addr constant [12 x i8] c"1 32 64 1 a\00", align 1
@llvm.used = appending global [1 x i8*] [i8* bitcast (void ()* @asan.module_ctor to i8*)], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 1, void ()* @asan.module_ctor, i8* null }]

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly sanitize_address willreturn
define dso_local i64 @load8(i64* nocapture noundef readonly %p) local_unnamed_addr #0 {
entry:
  %0 = ptrtoint i64* %p to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to i8*
  %4 = load i8, i8* %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %entry
  call void @__asan_report_load8_noabort(i64 %0) #9
  br label %7

7:                                                ; preds = %6, %entry
  %8 = load i64, i64* %p, align 8, !tbaa !7
  ret i64 %8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn writeonly
define dso_local void @store4(i32* nocapture noundef writeonly %p, i32 noundef %v) local_unnamed_addr #1 {
entry:
  %0 = ptrtoint i32* %p to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to i8*
  %4 = load i8, i8* %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %13, !prof !11

6:                                                ; preds = %entry
  %7 = and i64 %0, 7
  %8 = add i64 %7, 3
  %9 = trunc i64 %8 to i8
  %10 = icmp sge i8 %9, %4
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  call void @__asan_report_store4_noabort(i64 %0) #9
  br label %12

12:                                               ; preds = %11, %6
  br label %13

13:                                               ; preds = %12, %entry
  store i32 %v, i32* %p, align 4, !tbaa !12
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly sanitize_address willreturn
define dso_local i8 @load1(i8* nocapture noundef readonly %p, i32 noundef %i) local_unnamed_addr #0 {
entry:
  %idxprom = sext i32 %i to i64
  %arrayidx = getelementptr inbounds i8, i8* %p, i64 %idxprom
  %0 = ptrtoint i8* %arrayidx to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to i8*
  %4 = load i8, i8* %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %12, !prof !11

6:                                                ; preds = %entry
  %7 = and i64 %0, 7
  %8 = trunc i64 %7 to i8
  %9 = icmp sge i8 %8, %4
  br i1 %9, label %10, label %11

10:                                               ; preds = %6
  call void @__asan_report_load1_noabort(i64 %0) #9
  br label %11

11:                                               ; preds = %10, %6
  br label %12

12:                                               ; preds = %11, %entry
  %13 = load i8, i8* %arrayidx, align 1, !tbaa !14
  ret i8 %13
}

; Function Attrs: mustprogress nofree nosync nounwind sanitize_address willreturn
define dso_local void @copy(i8* nocapture noundef writeonly %d, i8* nocapture noundef readonly %s, i64 noundef %n) local_unnamed_addr #2 {
entry:
  %0 = call i8* @memcpy(i8* %d, i8* %s, i64 %n)
  ret void
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind sanitize_address
define dso_local i32 @stack_obj(i32 noundef %i) local_unnamed_addr #4 {
entry:
  %MyAlloca = alloca i8, i64 128, align 32
  %0 = ptrtoint i8* %MyAlloca to i64
  %1 = add i64 %0, 32
  %2 = inttoptr i64 %1 to [16 x i32]*
  %3 = inttoptr i64 %0 to i64*
  store i64 1102416563, i64* %3, align 8
  %4 = add i64 %0, 8
  %5 = inttoptr i64 %4 to i64*
  store i64 ptrtoint ([12 x i8]* @___asan_gen_ to i64), i64* %5, align 8
  %6 = add i64 %0, 16
  %7 = inttoptr i64 %6 to i64*
  store i64 ptrtoint (i32 (i32)* @stack_obj to i64), i64* %7, align 8
  %8 = lshr i64 %0, 3
  %9 = add i64 %8, 68719476736
  %10 = add i64 %9, 0
  %11 = inttoptr i64 %10 to i32*
  store i32 -235802127, i32* %11, align 1
  %12 = add i64 %9, 12
  %13 = inttoptr i64 %12 to i32*
  store i32 -202116109, i32* %13, align 1
  %14 = bitcast [16 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %14) #10
  call void @consume(i8* noundef nonnull %14) #11
  %and = and i32 %i, 15
  %15 = zext i32 %and to i64
  %arrayidx = getelementptr inbounds [16 x i32], [16 x i32]* %2, i64 0, i64 %15
  %16 = ptrtoint i32* %arrayidx to i64
  %17 = lshr i64 %16, 3
  %18 = add i64 %17, 68719476736
  %19 = inttoptr i64 %18 to i8*
  %20 = load i8, i8* %19, align 1
  %21 = icmp ne i8 %20, 0
  br i1 %21, label %22, label %29, !prof !11

22:                                               ; preds = %entry
  %23 = and i64 %16, 7
  %24 = add i64 %23, 3
  %25 = trunc i64 %24 to i8
  %26 = icmp sge i8 %25, %20
  br i1 %26, label %27, label %28

27:                                               ; preds = %22
  call void @__asan_report_load4_noabort(i64 %16) #9
  br label %28

28:                                               ; preds = %27, %22
  br label %29

29:                                               ; preds = %28, %entry
  %30 = load i32, i32* %arrayidx, align 4, !tbaa !12
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %14) #10
  store i64 1172321806, i64* %3, align 8
  %31 = add i64 %9, 0
  %32 = inttoptr i64 %31 to i32*
  store i32 0, i32* %32, align 1
  %33 = add i64 %9, 12
  %34 = inttoptr i64 %33 to i32*
  store i32 0, i32* %34, align 1
  ret i32 %30
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #5

declare dso_local void @consume(i8* noundef) local_unnamed_addr #6

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: nounwind sanitize_address
define dso_local i32 @with_call(i32 (i32)* nocapture noundef readonly %fn, i32 noundef %x) local_unnamed_addr #4 {
entry:
  %call = tail call i32 %fn(i32 noundef %x) #11
  %add = add nsw i32 %call, 1
  ret i32 %add
}

declare void @__asan_report_load_n_noabort(i64, i64)

declare void @__asan_loadN_noabort(i64, i64)

declare void @__asan_report_load1_noabort(i64)

declare void @__asan_load1_noabort(i64)

declare void @__asan_report_load2_noabort(i64)

declare void @__asan_load2_noabort(i64)

declare void @__asan_report_load4_noabort(i64)

declare void @__asan_load4_noabort(i64)

declare void @__asan_report_load8_noabort(i64)

declare void @__asan_load8_noabort(i64)

declare void @__asan_report_load16_noabort(i64)

declare void @__asan_load16_noabort(i64)

declare void @__asan_report_store_n_noabort(i64, i64)

declare void @__asan_storeN_noabort(i64, i64)

declare void @__asan_report_store1_noabort(i64)

declare void @__asan_store1_noabort(i64)

declare void @__asan_report_store2_noabort(i64)

declare void @__asan_store2_noabort(i64)

declare void @__asan_report_store4_noabort(i64)

declare void @__asan_store4_noabort(i64)

declare void @__asan_report_store8_noabort(i64)

declare void @__asan_store8_noabort(i64)

declare void @__asan_report_store16_noabort(i64)

declare void @__asan_store16_noabort(i64)

declare void @__asan_report_exp_load_n_noabort(i64, i64, i32)

declare void @__asan_exp_loadN_noabort(i64, i64, i32)

declare void @__asan_report_exp_load1_noabort(i64, i32)

declare void @__asan_exp_load1_noabort(i64, i32)

declare void @__asan_report_exp_load2_noabort(i64, i32)

declare void @__asan_exp_load2_noabort(i64, i32)

declare void @__asan_report_exp_load4_noabort(i64, i32)

declare void @__asan_exp_load4_noabort(i64, i32)

declare void @__asan_report_exp_load8_noabort(i64, i32)

declare void @__asan_exp_load8_noabort(i64, i32)

declare void @__asan_report_exp_load16_noabort(i64, i32)

declare void @__asan_exp_load16_noabort(i64, i32)

declare void @__asan_report_exp_store_n_noabort(i64, i64, i32)

declare void @__asan_exp_storeN_noabort(i64, i64, i32)

declare void @__asan_report_exp_store1_noabort(i64, i32)

declare void @__asan_exp_store1_noabort(i64, i32)

declare void @__asan_report_exp_store2_noabort(i64, i32)

declare void @__asan_exp_store2_noabort(i64, i32)

declare void @__asan_report_exp_store4_noabort(i64, i32)

declare void @__asan_exp_store4_noabort(i64, i32)

declare void @__asan_report_exp_store8_noabort(i64, i32)

declare void @__asan_exp_store8_noabort(i64, i32)

declare void @__asan_report_exp_store16_noabort(i64, i32)

declare void @__asan_exp_store16_noabort(i64, i32)

declare i8* @memmove(i8*, i8*, i64)

declare i8* @memcpy(i8*, i8*, i64)

declare i8* @memset(i8*, i32, i64)

declare void @__asan_handle_no_return()

declare void @__sanitizer_ptr_cmp(i64, i64)

declare void @__sanitizer_ptr_sub(i64, i64)

; Function Attrs: nounwind readnone speculatable willreturn
declare i1 @llvm.amdgcn.is.shared(i8* nocapture) #7

; Function Attrs: nounwind readnone speculatable willreturn
declare i1 @llvm.amdgcn.is.private(i8* nocapture) #7

declare i64 @__asan_stack_malloc_0(i64)

declare void @__asan_stack_free_0(i64, i64)

declare i64 @__asan_stack_malloc_1(i64)

declare void @__asan_stack_free_1(i64, i64)

declare i64 @__asan_stack_malloc_2(i64)

declare void @__asan_stack_free_2(i64, i64)

declare i64 @__asan_stack_malloc_3(i64)

declare void @__asan_stack_free_3(i64, i64)

declare i64 @__asan_stack_malloc_4(i64)

declare void @__asan_stack_free_4(i64, i64)

declare i64 @__asan_stack_malloc_5(i64)

declare void @__asan_stack_free_5(i64, i64)

declare i64 @__asan_stack_malloc_6(i64)

declare void @__asan_stack_free_6(i64, i64)

declare i64 @__asan_stack_malloc_7(i64)

declare void @__asan_stack_free_7(i64, i64)

declare i64 @__asan_stack_malloc_8(i64)

declare void @__asan_stack_free_8(i64, i64)

declare i64 @__asan_stack_malloc_9(i64)

declare void @__asan_stack_free_9(i64, i64)

declare i64 @__asan_stack_malloc_10(i64)

declare void @__asan_stack_free_10(i64, i64)

declare void @__asan_set_shadow_00(i64, i64)

declare void @__asan_set_shadow_f1(i64, i64)

declare void @__asan_set_shadow_f2(i64, i64)

declare void @__asan_set_shadow_f3(i64, i64)

declare void @__asan_set_shadow_f5(i64, i64)

declare void @__asan_set_shadow_f8(i64, i64)

declare void @__asan_alloca_poison(i64, i64)

declare void @__asan_allocas_unpoison(i64, i64)

declare void @__asan_before_dynamic_init(i64)

declare void @__asan_after_dynamic_init()

declare void @__asan_register_globals(i64, i64)

declare void @__asan_unregister_globals(i64, i64)

declare void @__asan_register_image_globals(i64)

declare void @__asan_unregister_image_globals(i64)

declare void @__asan_register_elf_globals(i64, i64, i64)

declare void @__asan_unregister_elf_globals(i64, i64, i64)

; Function Attrs: nounwind
define internal void @asan.module_ctor() #8 {
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly sanitize_address willreturn "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind sanitize_address willreturn writeonly "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #2 = { mustprogress nofree nosync nounwind sanitize_address willreturn "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #3 = { argmemonly nofree nounwind willreturn }
attributes #4 = { nounwind sanitize_address "frame-pointer"="non-leaf" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #5 = { argmemonly nofree nosync nounwind willreturn }
attributes #6 = { "frame-pointer"="non-leaf" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+neon,+v8a" }
attributes #7 = { nounwind readnone speculatable willreturn }
attributes #8 = { nounwind "frame-pointer"="non-leaf" }
attributes #9 = { nomerge }
attributes #10 = { nounwind }
attributes #11 = { nobuiltin nounwind "no-builtins" }

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
!11 = !{!"branch_weights", i32 1, i32 100000}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !9, i64 0}
!14 = !{!9, !9, i64 0}

^0 = module: (path: "out/constructs/san.kasan-aarch64-clang14.bc", hash: (2759831209, 1054555086, 1050023522, 3388998024, 2816602824))
^1 = gv: (name: "__asan_stack_malloc_1") ; guid = 400488414381890375
^2 = gv: (name: "__asan_exp_store2_noabort") ; guid = 604536701160983558
^3 = gv: (name: "llvm.memcpy.p0i8.p0i8.i64") ; guid = 614884070845456474
^4 = gv: (name: "__asan_report_store_n_noabort") ; guid = 804199829255457941
^5 = gv: (name: "__asan_report_store8_noabort") ; guid = 813327788259252227
^6 = gv: (name: "__asan_storeN_noabort") ; guid = 1080183318449523793
^7 = gv: (name: "__asan_set_shadow_00") ; guid = 1086005500180090909
^8 = gv: (name: "__asan_report_exp_load16_noabort") ; guid = 1460997685903708719
^9 = gv: (name: "__asan_store8_noabort") ; guid = 1866381444152630075
^10 = gv: (name: "__asan_set_shadow_f2") ; guid = 2084032128381189989
^11 = gv: (name: "__asan_report_load2_noabort") ; guid = 2114979716518980269
^12 = gv: (name: "__asan_set_shadow_f8") ; guid = 2220342353672998467
^13 = gv: (name: "__asan_stack_free_10") ; guid = 2336010780287488094
^14 = gv: (name: "llvm.global_ctors", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^24)))) ; guid = 2412314959268824392
^15 = gv: (name: "__asan_stack_malloc_4") ; guid = 2738201602451278086
^16 = gv: (name: "__asan_stack_malloc_8") ; guid = 2773138282933672141
^17 = gv: (name: "__asan_exp_store8_noabort") ; guid = 2866997588963054768
^18 = gv: (name: "__asan_report_exp_load1_noabort") ; guid = 2880841925977118802
^19 = gv: (name: "__asan_exp_store1_noabort") ; guid = 3189062012255222910
^20 = gv: (name: "__asan_report_store1_noabort") ; guid = 3276939627183552791
^21 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^22 = gv: (name: "__asan_stack_free_8") ; guid = 3759276930697495134
^23 = gv: (name: "memcpy") ; guid = 3893303423671325810
^24 = gv: (name: "asan.module_ctor", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 1, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 4112614364953131492
^25 = gv: (name: "__asan_stack_malloc_7") ; guid = 4312154491016627124
^26 = gv: (name: "__asan_report_load8_noabort") ; guid = 4454970049487409515
^27 = gv: (name: "__asan_load1_noabort") ; guid = 4544492240214725317
^28 = gv: (name: "__asan_after_dynamic_init") ; guid = 5312998592550311577
^29 = gv: (name: "__asan_report_exp_load8_noabort") ; guid = 6087419314751880864
^30 = gv: (name: "__asan_unregister_elf_globals") ; guid = 6367808734149416336
^31 = gv: (name: "__asan_load16_noabort") ; guid = 6456921177624437547
^32 = gv: (name: "__asan_exp_load4_noabort") ; guid = 6638452747066308829
^33 = gv: (name: "__asan_register_globals") ; guid = 6808239105346190646
^34 = gv: (name: "__asan_report_load4_noabort") ; guid = 6969599014101176852
^35 = gv: (name: "__asan_report_load1_noabort") ; guid = 7116271031190489465
^36 = gv: (name: "with_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7178665988677295287
^37 = gv: (name: "__asan_report_exp_store8_noabort") ; guid = 7375972162292596955
^38 = gv: (name: "__asan_exp_load16_noabort") ; guid = 7481080493646371708
^39 = gv: (name: "__asan_register_image_globals") ; guid = 7594854271802926784
^40 = gv: (name: "___asan_gen_", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 7834596186236240084
^41 = gv: (name: "__asan_loadN_noabort") ; guid = 8081333510278893103
^42 = gv: (name: "__asan_alloca_poison") ; guid = 8113995200961062073
^43 = gv: (name: "__asan_exp_storeN_noabort") ; guid = 8202928345466558101
^44 = gv: (name: "__sanitizer_ptr_cmp") ; guid = 8370124469900167368
^45 = gv: (name: "copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^23))))) ; guid = 8740026183827311378
^46 = gv: (name: "__asan_report_exp_load4_noabort") ; guid = 8848294980796509667
^47 = gv: (name: "__asan_stack_malloc_5") ; guid = 8881718785874533772
^48 = gv: (name: "__asan_store1_noabort") ; guid = 9559963179898910090
^49 = gv: (name: "llvm.amdgcn.is.shared") ; guid = 9665606873371714221
^50 = gv: (name: "__asan_stack_free_0") ; guid = 9712322141933823508
^51 = gv: (name: "__asan_report_exp_store4_noabort") ; guid = 9880374398291881503
^52 = gv: (name: "__asan_register_elf_globals") ; guid = 9959131110681268830
^53 = gv: (name: "__asan_unregister_image_globals") ; guid = 9972143367857346925
^54 = gv: (name: "__asan_report_exp_store1_noabort") ; guid = 10031474108267403170
^55 = gv: (name: "load8", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^26))))) ; guid = 10240054261636144173
^56 = gv: (name: "__asan_exp_loadN_noabort") ; guid = 10373464551989018461
^57 = gv: (name: "__asan_report_load_n_noabort") ; guid = 10471428811563456451
^58 = gv: (name: "__asan_store4_noabort") ; guid = 10572107009043326776
^59 = gv: (name: "__asan_exp_load8_noabort") ; guid = 10605749475557152781
^60 = gv: (name: "__asan_report_store2_noabort") ; guid = 10737917342126028826
^61 = gv: (name: "__asan_exp_store16_noabort") ; guid = 11048189201730427086
^62 = gv: (name: "__asan_stack_malloc_10") ; guid = 11267242858568280786
^63 = gv: (name: "__asan_exp_load1_noabort") ; guid = 11615722575082004460
^64 = gv: (name: "consume") ; guid = 11856158408217260016
^65 = gv: (name: "__asan_before_dynamic_init") ; guid = 11921261562084666331
^66 = gv: (name: "__asan_report_store16_noabort") ; guid = 11959694521022612212
^67 = gv: (name: "__asan_store2_noabort") ; guid = 12502798787024349664
^68 = gv: (name: "__asan_set_shadow_f1") ; guid = 12835161366958931231
^69 = gv: (name: "__asan_allocas_unpoison") ; guid = 12899126576851590965
^70 = gv: (name: "__asan_store16_noabort") ; guid = 12985039124094578433
^71 = gv: (name: "__asan_exp_store4_noabort") ; guid = 13095824814963487654
^72 = gv: (name: "__asan_set_shadow_f5") ; guid = 13245663386193167934
^73 = gv: (name: "__asan_stack_free_9") ; guid = 13323618821818006661
^74 = gv: (name: "__asan_stack_free_6") ; guid = 13617332192256894822
^75 = gv: (name: "__asan_load2_noabort") ; guid = 13619310545083632800
^76 = gv: (name: "__asan_stack_free_4") ; guid = 13959485660598914974
^77 = gv: (name: "load1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 18, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^35))))) ; guid = 14033226007102394046
^78 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^79 = gv: (name: "__asan_stack_malloc_6") ; guid = 14335394587379393027
^80 = gv: (name: "__asan_report_exp_store16_noabort") ; guid = 14590627416514421737
^81 = gv: (name: "__sanitizer_ptr_sub") ; guid = 14724699584963485052
^82 = gv: (name: "__asan_report_exp_store_n_noabort") ; guid = 14736655545652224345
^83 = gv: (name: "llvm.amdgcn.is.private") ; guid = 14752617441010093284
^84 = gv: (name: "__asan_stack_malloc_2") ; guid = 15095886979618131569
^85 = gv: (name: "__asan_unregister_globals") ; guid = 15155849488438514834
^86 = gv: (name: "__asan_stack_free_3") ; guid = 15246741709491419613
^87 = gv: (name: "__asan_load4_noabort") ; guid = 15454102418266372143
^88 = gv: (name: "__asan_stack_free_1") ; guid = 15557702214936229560
^89 = gv: (name: "__asan_report_load16_noabort") ; guid = 15567431782264710640
^90 = gv: (name: "llvm.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^24)))) ; guid = 15665353970260777610
^91 = gv: (name: "memset") ; guid = 15705169369643575921
^92 = gv: (name: "stack_obj", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 51, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^64), (callee: ^34)), refs: (^40, ^92)))) ; guid = 15806722421050019370
^93 = gv: (name: "__asan_report_exp_load2_noabort") ; guid = 15965473713539124370
^94 = gv: (name: "__asan_exp_load2_noabort") ; guid = 16152391931709592488
^95 = gv: (name: "__asan_report_exp_load_n_noabort") ; guid = 16278661987846532397
^96 = gv: (name: "__asan_stack_malloc_9") ; guid = 16589221280878933733
^97 = gv: (name: "__asan_stack_malloc_3") ; guid = 16597360694255821390
^98 = gv: (name: "__asan_stack_free_7") ; guid = 16764410645951410054
^99 = gv: (name: "__asan_stack_malloc_0") ; guid = 16846668687077134768
^100 = gv: (name: "store4", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^108))))) ; guid = 16979667123159768653
^101 = gv: (name: "__asan_stack_free_2") ; guid = 17043210121759400197
^102 = gv: (name: "__asan_report_exp_store2_noabort") ; guid = 17533091727831655943
^103 = gv: (name: "__asan_stack_free_5") ; guid = 17573745581984273658
^104 = gv: (name: "__asan_load8_noabort") ; guid = 17618133373598318433
^105 = gv: (name: "__asan_set_shadow_f3") ; guid = 17951611373600692881
^106 = gv: (name: "__asan_handle_no_return") ; guid = 18052306413397336910
^107 = gv: (name: "memmove") ; guid = 18140662176613305469
^108 = gv: (name: "__asan_report_store4_noabort") ; guid = 18198484976922493500
^109 = blockcount: 21
