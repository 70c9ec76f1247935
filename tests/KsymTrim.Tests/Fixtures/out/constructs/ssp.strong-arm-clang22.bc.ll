source_filename = "src/constructs/ssp.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabi"

%struct.with_array = type { i32, [16 x i8] }

; Function Attrs: nounwind sspstrong
define dso_local i32 @scalars(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @ext(i32 noundef %0) #5
  %4 = mul nsw i32 %3, %1
  %5 = tail call i32 @ext(i32 noundef %4) #5
  %6 = add nsw i32 %5, %0
  ret i32 %6
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare dso_local i32 @ext(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @small_char_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [4 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @take(ptr noundef nonnull %2) #5
  %3 = and i32 %0, 3
  %4 = getelementptr inbounds nuw i8, ptr %2, i32 %3
  %5 = load i8, ptr %4, align 1, !tbaa !7
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %6
}

declare dso_local void @take(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @char_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [16 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @take(ptr noundef nonnull %2) #5
  %3 = and i32 %0, 15
  %4 = getelementptr inbounds nuw i8, ptr %2, i32 %3
  %5 = load i8, ptr %4, align 1, !tbaa !7
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %6
}

; Function Attrs: nounwind sspstrong
define dso_local i32 @int_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [8 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @take_int(ptr noundef nonnull %2) #5
  %3 = and i32 %0, 7
  %4 = getelementptr inbounds nuw i32, ptr %2, i32 %3
  %5 = load i32, ptr %4, align 4, !tbaa !3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %5
}

declare dso_local void @take_int(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind sspstrong
define dso_local i32 @addr_taken() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  call void @take_int(ptr noundef nonnull %1) #5
  %2 = load i32, ptr %1, align 4, !tbaa !3
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret i32 %2
}

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @struct_array() local_unnamed_addr #0 {
  %1 = alloca %struct.with_array, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  call void @take(ptr noundef nonnull %1) #5
  %2 = getelementptr inbounds nuw i8, ptr %1, i32 7
  %3 = load i8, ptr %2, align 1, !tbaa !7
  %4 = zext i8 %3 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret i32 %4
}

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @vla(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i8, i32 %0, align 1
  call void @take(ptr noundef nonnull %2) #5
  %3 = load i8, ptr %2, align 1, !tbaa !7
  %4 = zext i8 %3 to i32
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @opted_out(i32 noundef %0) local_unnamed_addr #3 {
  %2 = alloca [64 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @take(ptr noundef nonnull %2) #5
  %3 = and i32 %0, 63
  %4 = getelementptr inbounds nuw i8, ptr %2, i32 %3
  %5 = load i8, ptr %4, align 1, !tbaa !7
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sspstrong willreturn memory(none)
define dso_local i32 @leaf(i32 noundef %0) local_unnamed_addr #4 {
  %2 = mul nsw i32 %0, 7
  ret i32 %2
}

attributes #0 = { nounwind sspstrong "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind sspstrong willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+read-tp-tpidruro,+soft-float,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { nobuiltin nounwind "no-builtins" }
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
!7 = !{!5, !5, i64 0}

^0 = module: (path: "out/constructs/ssp.strong-arm-clang22.bc", hash: (63485690, 2288095228, 17614833, 1948620553, 3952374022))
^1 = gv: (name: "small_char_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 2091004275649953815
^2 = gv: (name: "addr_taken", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14))))) ; guid = 2356275763301150268
^3 = gv: (name: "take") ; guid = 2422972831607950688
^4 = gv: (name: "vla", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 3694715672216883629
^5 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^6 = gv: (name: "struct_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 5593953772395679252
^7 = gv: (name: "leaf", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 7399155579282764986
^8 = gv: (name: "char_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 8725999460264882540
^9 = gv: (name: "scalars", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1))))) ; guid = 12834287917519279183
^10 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^11 = gv: (name: "opted_out", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 13307508562935660820
^12 = gv: (name: "int_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14))))) ; guid = 14752077343995100486
^13 = gv: (name: "ext") ; guid = 15493320556550420395
^14 = gv: (name: "take_int") ; guid = 16840207308621910506
^15 = blockcount: 0
