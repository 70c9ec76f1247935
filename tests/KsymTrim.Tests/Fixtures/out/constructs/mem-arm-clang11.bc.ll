source_filename = "src/constructs/mem.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabi"

%struct.small = type { i32, i32, i32, i32 }
%struct.big = type { [4096 x i8] }

; Function Attrs: nounwind
define dso_local void @copy_small(i8* nocapture %0, i8* nocapture readonly %1) local_unnamed_addr #0 {
  tail call void @llvm.memcpy.p0i8.p0i8.i32(i8* nonnull align 1 dereferenceable(16) %0, i8* nonnull align 1 dereferenceable(16) %1, i32 16, i1 false)
  ret void
}

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i32(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i32, i1 immarg) #1

; Function Attrs: nounwind
define dso_local void @copy_large(i8* nocapture %0, i8* nocapture readonly %1) local_unnamed_addr #0 {
  tail call void @llvm.memcpy.p0i8.p0i8.i32(i8* nonnull align 1 dereferenceable(4096) %0, i8* nonnull align 1 dereferenceable(4096) %1, i32 4096, i1 false)
  ret void
}

; Function Attrs: nounwind
define dso_local void @copy_var(i8* nocapture %0, i8* nocapture readonly %1, i32 %2) local_unnamed_addr #0 {
  tail call void @llvm.memcpy.p0i8.p0i8.i32(i8* align 1 %0, i8* align 1 %1, i32 %2, i1 false)
  ret void
}

; Function Attrs: nounwind writeonly
define dso_local void @set_small(i8* nocapture %0) local_unnamed_addr #2 {
  tail call void @llvm.memset.p0i8.i32(i8* nonnull align 1 dereferenceable(32) %0, i8 0, i32 32, i1 false)
  ret void
}

; Function Attrs: argmemonly nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i32(i8* nocapture writeonly, i8, i32, i1 immarg) #3

; Function Attrs: nounwind writeonly
define dso_local void @set_large(i8* nocapture %0, i32 %1) local_unnamed_addr #2 {
  %3 = trunc i32 %1 to i8
  tail call void @llvm.memset.p0i8.i32(i8* nonnull align 1 dereferenceable(8192) %0, i8 %3, i32 8192, i1 false)
  ret void
}

; Function Attrs: nounwind writeonly
define dso_local void @set_var(i8* nocapture %0, i32 %1) local_unnamed_addr #2 {
  tail call void @llvm.memset.p0i8.i32(i8* align 1 %0, i8 -1, i32 %1, i1 false)
  ret void
}

; Function Attrs: nounwind
define dso_local void @move_small(i8* nocapture %0, i8* nocapture readonly %1) local_unnamed_addr #0 {
  tail call void @llvm.memmove.p0i8.p0i8.i32(i8* nonnull align 1 dereferenceable(16) %0, i8* nonnull align 1 dereferenceable(16) %1, i32 16, i1 false)
  ret void
}

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i32(i8* nocapture, i8* nocapture readonly, i32, i1 immarg) #1

; Function Attrs: nounwind
define dso_local void @move_var(i8* nocapture %0, i8* nocapture readonly %1, i32 %2) local_unnamed_addr #0 {
  tail call void @llvm.memmove.p0i8.p0i8.i32(i8* align 1 %0, i8* align 1 %1, i32 %2, i1 false)
  ret void
}

; Function Attrs: nounwind
define dso_local void @struct_copy_small(%struct.small* nocapture %0, %struct.small* nocapture readonly %1) local_unnamed_addr #0 {
  %3 = bitcast %struct.small* %0 to i8*
  %4 = bitcast %struct.small* %1 to i8*
  tail call void @llvm.memcpy.p0i8.p0i8.i32(i8* nonnull align 4 dereferenceable(16) %3, i8* nonnull align 4 dereferenceable(16) %4, i32 16, i1 false), !tbaa.struct !3
  ret void
}

; Function Attrs: nounwind
define dso_local void @struct_copy_big(%struct.big* nocapture %0, %struct.big* nocapture readonly %1) local_unnamed_addr #0 {
  %3 = getelementptr %struct.big, %struct.big* %0, i32 0, i32 0, i32 0
  %4 = getelementptr %struct.big, %struct.big* %1, i32 0, i32 0, i32 0
  tail call void @llvm.memcpy.p0i8.p0i8.i32(i8* nonnull align 1 dereferenceable(4096) %3, i8* nonnull align 1 dereferenceable(4096) %4, i32 4096, i1 false), !tbaa.struct !8
  ret void
}

; Function Attrs: nounwind
define dso_local void @struct_zero_big() local_unnamed_addr #0 {
  %1 = alloca [4096 x i8], align 1
  %2 = getelementptr inbounds [4096 x i8], [4096 x i8]* %1, i32 0, i32 0
  call void @llvm.lifetime.start.p0i8(i64 4096, i8* nonnull %2) #5
  call void @llvm.memset.p0i8.i32(i8* nonnull align 1 dereferenceable(4096) %2, i8 0, i32 4096, i1 false)
  call void @consume(i8* nonnull %2) #6
  call void @llvm.lifetime.end.p0i8(i64 4096, i8* nonnull %2) #5
  ret void
}

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

declare dso_local void @consume(i8*) local_unnamed_addr #4

; Function Attrs: argmemonly nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { nounwind "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+soft-float,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "unsafe-fp-math"="false" "use-soft-float"="true" }
attributes #1 = { argmemonly nounwind willreturn }
attributes #2 = { nounwind writeonly "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "min-legal-vector-width"="0" "no-builtins" "no-infs-fp-math"="false" "no-jump-tables"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+soft-float,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "unsafe-fp-math"="false" "use-soft-float"="true" }
attributes #3 = { argmemonly nounwind willreturn writeonly }
attributes #4 = { "correctly-rounded-divide-sqrt-fp-math"="false" "disable-tail-calls"="false" "frame-pointer"="none" "less-precise-fpmad"="false" "no-builtins" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="false" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+soft-float,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-thumb-mode,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "unsafe-fp-math"="false" "use-soft-float"="true" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{i64 0, i64 4, !4, i64 4, i64 4, !4, i64 8, i64 4, !4, i64 12, i64 4, !4}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 0, i64 4096, !9}
!9 = !{!6, !6, i64 0}

^0 = module: (path: "out/constructs/mem-arm-clang11.bc", hash: (1802852958, 4094385467, 2052138049, 3806074894, 3178851634))
^1 = gv: (name: "llvm.memset.p0i8.i32") ; guid = 1965687733293536947
^2 = gv: (name: "struct_copy_small", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4))) ; guid = 2189216900324828569
^3 = gv: (name: "set_large", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3))) ; guid = 2261019099953007656
^4 = gv: (name: "llvm.memmove.p0i8.p0i8.i32") ; guid = 3060022828032949731
^5 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^6 = gv: (name: "struct_zero_big", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 7, calls: ((callee: ^9))))) ; guid = 6851866371810558577
^7 = gv: (name: "copy_large", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 6920056847571236890
^8 = gv: (name: "copy_var", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 11238070512605880410
^9 = gv: (name: "consume") ; guid = 11856158408217260016
^10 = gv: (name: "llvm.memcpy.p0i8.p0i8.i32") ; guid = 11892658925966043119
^11 = gv: (name: "struct_copy_big", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4))) ; guid = 11938853291925589222
^12 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^13 = gv: (name: "move_var", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 14901549997884163392
^14 = gv: (name: "copy_small", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 15321872715885237553
^15 = gv: (name: "move_small", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 15451969925220742370
^16 = gv: (name: "set_var", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 16157496481683763089
^17 = gv: (name: "set_small", summaries: (function: (module: ^0, flags: (linkage: external, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2))) ; guid = 17882537473156660385
^18 = blockcount: 11
