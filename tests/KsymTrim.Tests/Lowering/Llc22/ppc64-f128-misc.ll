target triple = "powerpc64le-unknown-unknown"
define ppc_fp128 @cs(ppc_fp128 %a, ppc_fp128 %b) #0 { %r = call ppc_fp128 @llvm.copysign.ppcf128(ppc_fp128 %a, ppc_fp128 %b)
 ret ppc_fp128 %r }
define fp128 @sc(fp128 %a) #0 { %s = call fp128 @llvm.sin.f128(fp128 %a)
 %c = call fp128 @llvm.cos.f128(fp128 %a)
 %r = fadd fp128 %s, %c
 ret fp128 %r }
declare ppc_fp128 @llvm.copysign.ppcf128(ppc_fp128, ppc_fp128)
declare fp128 @llvm.sin.f128(fp128)
declare fp128 @llvm.cos.f128(fp128)
attributes #0 = { nounwind "target-cpu"="pwr9" }
