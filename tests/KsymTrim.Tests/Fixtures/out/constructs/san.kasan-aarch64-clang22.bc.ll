source_filename = "src/constructs/san.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@___asan_gen_stack = private unnamed_addr constant [12 x i8] c"1 32 64 1 a\00", align 1
@llvm.used = appending global [1 x ptr] [ptr @asan.module_ctor], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @asan.module_ctor, ptr null }]

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_address willreturn
define dso_local i64 @load8(ptr noundef readonly captures(none) %p) local_unnamed_addr #0 {
entry:
  %0 = ptrtoint ptr %p to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to ptr
  %4 = load i8, ptr %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %entry
  call void @__asan_report_load8_noabort(i64 %0) #7
  br label %7

7:                                                ; preds = %6, %entry
  %8 = load i64, ptr %p, align 8, !tbaa !8
  ret i64 %8
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_address willreturn
define dso_local void @store4(ptr noundef writeonly captures(none) initializes((0, 4)) %p, i32 noundef %v) local_unnamed_addr #0 {
entry:
  %0 = ptrtoint ptr %p to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to ptr
  %4 = load i8, ptr %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %13, !prof !10

6:                                                ; preds = %entry
  %7 = and i64 %0, 7
  %8 = add i64 %7, 3
  %9 = trunc i64 %8 to i8
  %10 = icmp sge i8 %9, %4
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  call void @__asan_report_store4_noabort(i64 %0) #7
  br label %12

12:                                               ; preds = %11, %6
  br label %13

13:                                               ; preds = %12, %entry
  store i32 %v, ptr %p, align 4, !tbaa !4
  ret void
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_address willreturn
define dso_local i8 @load1(ptr noundef readonly captures(none) %p, i32 noundef %i) local_unnamed_addr #0 {
entry:
  %idxprom = sext i32 %i to i64
  %arrayidx = getelementptr inbounds i8, ptr %p, i64 %idxprom
  %0 = ptrtoint ptr %arrayidx to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 68719476736
  %3 = inttoptr i64 %2 to ptr
  %4 = load i8, ptr %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %12, !prof !10

6:                                                ; preds = %entry
  %7 = and i64 %0, 7
  %8 = trunc i64 %7 to i8
  %9 = icmp sge i8 %8, %4
  br i1 %9, label %10, label %11

10:                                               ; preds = %6
  call void @__asan_report_load1_noabort(i64 %0) #7
  br label %11

11:                                               ; preds = %10, %6
  br label %12

12:                                               ; preds = %11, %entry
  %13 = load i8, ptr %arrayidx, align 1, !tbaa !11
  ret i8 %13
}

; Function Attrs: mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_address willreturn
define dso_local void @copy(ptr noundef writeonly captures(none) %d, ptr noundef readonly captures(none) %s, i64 noundef %n) local_unnamed_addr #0 {
entry:
  %0 = call ptr @memcpy(ptr %d, ptr %s, i64 %n)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind sanitize_address
define dso_local i32 @stack_obj(i32 noundef %i) local_unnamed_addr #2 {
entry:
  %MyAlloca = alloca i8, i64 128, align 32
  %0 = getelementptr i8, ptr %MyAlloca, i64 32
  store i64 1102416563, ptr %MyAlloca, align 8
  %1 = getelementptr i8, ptr %MyAlloca, i64 8
  store i64 ptrtoint (ptr @___asan_gen_stack to i64), ptr %1, align 8
  %2 = getelementptr i8, ptr %MyAlloca, i64 16
  store i64 ptrtoint (ptr @stack_obj to i64), ptr %2, align 8
  %3 = ptrtoint ptr %MyAlloca to i64
  %4 = lshr i64 %3, 3
  %5 = add i64 %4, 68719476736
  %6 = add i64 %5, 0
  %7 = inttoptr i64 %6 to ptr
  store i64 -506381209984437775, ptr %7, align 1
  %8 = add i64 %5, 8
  %9 = inttoptr i64 %8 to ptr
  store i64 -868082073972705032, ptr %9, align 1
  %10 = add i64 %5, 4
  %11 = inttoptr i64 %10 to ptr
  store i64 0, ptr %11, align 1
  call void @consume(ptr noundef nonnull %0) #8
  %and = and i32 %i, 15
  %idxprom = zext nneg i32 %and to i64
  %arrayidx = getelementptr inbounds nuw i32, ptr %0, i64 %idxprom
  %12 = load i32, ptr %arrayidx, align 4, !tbaa !4
  %13 = add i64 %5, 4
  %14 = inttoptr i64 %13 to ptr
  store i64 -506381209866536712, ptr %14, align 1
  store i64 1172321806, ptr %MyAlloca, align 8
  %15 = add i64 %5, 0
  %16 = inttoptr i64 %15 to ptr
  store i64 0, ptr %16, align 1
  %17 = add i64 %5, 8
  %18 = inttoptr i64 %17 to ptr
  store i64 0, ptr %18, align 1
  ret i32 %12
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

declare dso_local void @consume(ptr noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nounwind sanitize_address
define dso_local range(i32 -2147483647, -2147483648) i32 @with_call(ptr noundef readonly captures(none) %fn, i32 noundef %x) local_unnamed_addr #2 {
entry:
  %call = tail call i32 %fn(i32 noundef %x) #8
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

declare ptr @memmove(ptr, ptr, i64)

declare ptr @memcpy(ptr, ptr, i64)

declare ptr @memset(ptr, i32, i64)

declare void @__asan_handle_no_return()

declare void @__sanitizer_ptr_cmp(i64, i64)

declare void @__sanitizer_ptr_sub(i64, i64)

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.amdgcn.is.shared(ptr) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.amdgcn.is.private(ptr) #5

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

declare void @__asan_poison_stack_memory(i64, i64)

declare void @__asan_unpoison_stack_memory(i64, i64)

declare void @__asan_set_shadow_00(i64, i64)

declare void @__asan_set_shadow_01(i64, i64)

declare void @__asan_set_shadow_02(i64, i64)

declare void @__asan_set_shadow_03(i64, i64)

declare void @__asan_set_shadow_04(i64, i64)

declare void @__asan_set_shadow_05(i64, i64)

declare void @__asan_set_shadow_06(i64, i64)

declare void @__asan_set_shadow_07(i64, i64)

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
define internal void @asan.module_ctor() #6 {
  ret void
}

attributes #0 = { mustprogress nobuiltin nofree norecurse nosync nounwind sanitize_address willreturn "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind sanitize_address "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="non-leaf-no-reserve" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind "frame-pointer"="non-leaf-no-reserve" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #7 = { nomerge }
attributes #8 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{i32 4, !"nosanitize_address", i32 1}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = !{!"branch_weights", i32 1, i32 1048575}
!11 = !{!6, !6, i64 0}

^0 = module: (path: "out/constructs/san.kasan-aarch64-clang22.bc", hash: (1960774530, 2909242352, 2287675059, 3470267091, 1680583184))
^1 = gv: (name: "__asan_stack_malloc_1") ; guid = 400488414381890375
^2 = gv: (name: "__asan_exp_store2_noabort") ; guid = 604536701160983558
^3 = gv: (name: "__asan_report_store_n_noabort") ; guid = 804199829255457941
^4 = gv: (name: "__asan_report_store8_noabort") ; guid = 813327788259252227
^5 = gv: (name: "__asan_storeN_noabort") ; guid = 1080183318449523793
^6 = gv: (name: "__asan_set_shadow_00") ; guid = 1086005500180090909
^7 = gv: (name: "__asan_set_shadow_01") ; guid = 1128445914593447743
^8 = gv: (name: "__asan_report_exp_load16_noabort") ; guid = 1460997685903708719
^9 = gv: (name: "__asan_store8_noabort") ; guid = 1866381444152630075
^10 = gv: (name: "__asan_set_shadow_f2") ; guid = 2084032128381189989
^11 = gv: (name: "__asan_report_load2_noabort") ; guid = 2114979716518980269
^12 = gv: (name: "__asan_set_shadow_f8") ; guid = 2220342353672998467
^13 = gv: (name: "__asan_stack_free_10") ; guid = 2336010780287488094
^14 = gv: (name: "llvm.global_ctors", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0, importType: definition), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^97)))) ; guid = 2412314959268824392
^15 = gv: (name: "__asan_set_shadow_07") ; guid = 2487485389227471989
^16 = gv: (name: "llvm.memcpy.p0.p0.i64") ; guid = 2699563562842851132
^17 = gv: (name: "__asan_stack_malloc_4") ; guid = 2738201602451278086
^18 = gv: (name: "__asan_stack_malloc_8") ; guid = 2773138282933672141
^19 = gv: (name: "__asan_exp_store8_noabort") ; guid = 2866997588963054768
^20 = gv: (name: "__asan_report_exp_load1_noabort") ; guid = 2880841925977118802
^21 = gv: (name: "__asan_set_shadow_03") ; guid = 2986365008612482969
^22 = gv: (name: "__asan_exp_store1_noabort") ; guid = 3189062012255222910
^23 = gv: (name: "__asan_report_store1_noabort") ; guid = 3276939627183552791
^24 = gv: (name: "__asan_stack_free_8") ; guid = 3759276930697495134
^25 = gv: (name: "memcpy") ; guid = 3893303423671325810
^26 = gv: (name: "__asan_stack_malloc_7") ; guid = 4312154491016627124
^27 = gv: (name: "__asan_report_load8_noabort") ; guid = 4454970049487409515
^28 = gv: (name: "__asan_load1_noabort") ; guid = 4544492240214725317
^29 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^30 = gv: (name: "__asan_after_dynamic_init") ; guid = 5312998592550311577
^31 = gv: (name: "__asan_poison_stack_memory") ; guid = 5510280556343289058
^32 = gv: (name: "__asan_report_exp_load8_noabort") ; guid = 6087419314751880864
^33 = gv: (name: "__asan_unregister_elf_globals") ; guid = 6367808734149416336
^34 = gv: (name: "__asan_set_shadow_02") ; guid = 6412475109187073486
^35 = gv: (name: "__asan_load16_noabort") ; guid = 6456921177624437547
^36 = gv: (name: "__asan_exp_load4_noabort") ; guid = 6638452747066308829
^37 = gv: (name: "__asan_register_globals") ; guid = 6808239105346190646
^38 = gv: (name: "__asan_report_load4_noabort") ; guid = 6969599014101176852
^39 = gv: (name: "__asan_report_load1_noabort") ; guid = 7116271031190489465
^40 = gv: (name: "with_call", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 7178665988677295287
^41 = gv: (name: "__asan_report_exp_store8_noabort") ; guid = 7375972162292596955
^42 = gv: (name: "__asan_exp_load16_noabort") ; guid = 7481080493646371708
^43 = gv: (name: "__asan_register_image_globals") ; guid = 7594854271802926784
^44 = gv: (name: "___asan_gen_stack", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 8018768739314870882
^45 = gv: (name: "__asan_loadN_noabort") ; guid = 8081333510278893103
^46 = gv: (name: "__asan_alloca_poison") ; guid = 8113995200961062073
^47 = gv: (name: "__asan_exp_storeN_noabort") ; guid = 8202928345466558101
^48 = gv: (name: "__sanitizer_ptr_cmp") ; guid = 8370124469900167368
^49 = gv: (name: "copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^25))))) ; guid = 8740026183827311378
^50 = gv: (name: "__asan_report_exp_load4_noabort") ; guid = 8848294980796509667
^51 = gv: (name: "__asan_stack_malloc_5") ; guid = 8881718785874533772
^52 = gv: (name: "__asan_store1_noabort") ; guid = 9559963179898910090
^53 = gv: (name: "__asan_unpoison_stack_memory") ; guid = 9621566355370706100
^54 = gv: (name: "llvm.amdgcn.is.shared") ; guid = 9665606873371714221
^55 = gv: (name: "__asan_stack_free_0") ; guid = 9712322141933823508
^56 = gv: (name: "__asan_report_exp_store4_noabort") ; guid = 9880374398291881503
^57 = gv: (name: "__asan_register_elf_globals") ; guid = 9959131110681268830
^58 = gv: (name: "__asan_unregister_image_globals") ; guid = 9972143367857346925
^59 = gv: (name: "__asan_report_exp_store1_noabort") ; guid = 10031474108267403170
^60 = gv: (name: "load8", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^27))))) ; guid = 10240054261636144173
^61 = gv: (name: "__asan_exp_loadN_noabort") ; guid = 10373464551989018461
^62 = gv: (name: "__asan_report_load_n_noabort") ; guid = 10471428811563456451
^63 = gv: (name: "__asan_store4_noabort") ; guid = 10572107009043326776
^64 = gv: (name: "__asan_exp_load8_noabort") ; guid = 10605749475557152781
^65 = gv: (name: "__asan_report_store2_noabort") ; guid = 10737917342126028826
^66 = gv: (name: "__asan_exp_store16_noabort") ; guid = 11048189201730427086
^67 = gv: (name: "__asan_stack_malloc_10") ; guid = 11267242858568280786
^68 = gv: (name: "__asan_exp_load1_noabort") ; guid = 11615722575082004460
^69 = gv: (name: "consume") ; guid = 11856158408217260016
^70 = gv: (name: "__asan_before_dynamic_init") ; guid = 11921261562084666331
^71 = gv: (name: "__asan_report_store16_noabort") ; guid = 11959694521022612212
^72 = gv: (name: "__asan_set_shadow_06") ; guid = 12054405973467887622
^73 = gv: (name: "__asan_store2_noabort") ; guid = 12502798787024349664
^74 = gv: (name: "__asan_set_shadow_f1") ; guid = 12835161366958931231
^75 = gv: (name: "__asan_allocas_unpoison") ; guid = 12899126576851590965
^76 = gv: (name: "__asan_store16_noabort") ; guid = 12985039124094578433
^77 = gv: (name: "__asan_exp_store4_noabort") ; guid = 13095824814963487654
^78 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^79 = gv: (name: "__asan_set_shadow_f5") ; guid = 13245663386193167934
^80 = gv: (name: "__asan_stack_free_9") ; guid = 13323618821818006661
^81 = gv: (name: "__asan_set_shadow_05") ; guid = 13395016642625274972
^82 = gv: (name: "__asan_stack_free_6") ; guid = 13617332192256894822
^83 = gv: (name: "__asan_load2_noabort") ; guid = 13619310545083632800
^84 = gv: (name: "__asan_stack_free_4") ; guid = 13959485660598914974
^85 = gv: (name: "load1", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^39))))) ; guid = 14033226007102394046
^86 = gv: (name: "__asan_stack_malloc_6") ; guid = 14335394587379393027
^87 = gv: (name: "__asan_report_exp_store16_noabort") ; guid = 14590627416514421737
^88 = gv: (name: "__sanitizer_ptr_sub") ; guid = 14724699584963485052
^89 = gv: (name: "__asan_report_exp_store_n_noabort") ; guid = 14736655545652224345
^90 = gv: (name: "llvm.amdgcn.is.private") ; guid = 14752617441010093284
^91 = gv: (name: "__asan_stack_malloc_2") ; guid = 15095886979618131569
^92 = gv: (name: "__asan_unregister_globals") ; guid = 15155849488438514834
^93 = gv: (name: "__asan_stack_free_3") ; guid = 15246741709491419613
^94 = gv: (name: "__asan_load4_noabort") ; guid = 15454102418266372143
^95 = gv: (name: "__asan_stack_free_1") ; guid = 15557702214936229560
^96 = gv: (name: "__asan_report_load16_noabort") ; guid = 15567431782264710640
^97 = gv: (name: "asan.module_ctor", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 15577199995981821388
^98 = gv: (name: "llvm.used", summaries: (variable: (module: ^0, flags: (linkage: appending, visibility: default, notEligibleToImport: 1, live: 1, dsoLocal: 0, canAutoHide: 0, importType: definition), varFlags: (readonly: 0, writeonly: 0, constant: 0), refs: (^97)))) ; guid = 15665353970260777610
^99 = gv: (name: "memset") ; guid = 15705169369643575921
^100 = gv: (name: "stack_obj", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 35, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^69)), refs: (^44, ^100)))) ; guid = 15806722421050019370
^101 = gv: (name: "__asan_report_exp_load2_noabort") ; guid = 15965473713539124370
^102 = gv: (name: "__asan_exp_load2_noabort") ; guid = 16152391931709592488
^103 = gv: (name: "__asan_report_exp_load_n_noabort") ; guid = 16278661987846532397
^104 = gv: (name: "__asan_stack_malloc_9") ; guid = 16589221280878933733
^105 = gv: (name: "__asan_stack_malloc_3") ; guid = 16597360694255821390
^106 = gv: (name: "__asan_stack_free_7") ; guid = 16764410645951410054
^107 = gv: (name: "__asan_stack_malloc_0") ; guid = 16846668687077134768
^108 = gv: (name: "__asan_set_shadow_04") ; guid = 16921910762530926360
^109 = gv: (name: "store4", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^117))))) ; guid = 16979667123159768653
^110 = gv: (name: "__asan_stack_free_2") ; guid = 17043210121759400197
^111 = gv: (name: "__asan_report_exp_store2_noabort") ; guid = 17533091727831655943
^112 = gv: (name: "__asan_stack_free_5") ; guid = 17573745581984273658
^113 = gv: (name: "__asan_load8_noabort") ; guid = 17618133373598318433
^114 = gv: (name: "__asan_set_shadow_f3") ; guid = 17951611373600692881
^115 = gv: (name: "__asan_handle_no_return") ; guid = 18052306413397336910
^116 = gv: (name: "memmove") ; guid = 18140662176613305469
^117 = gv: (name: "__asan_report_store4_noabort") ; guid = 18198484976922493500
^118 = blockcount: 0
