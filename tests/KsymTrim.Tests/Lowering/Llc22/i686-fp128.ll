target triple = "i686-unknown-linux-gnu"
define fp128 @add(fp128 %a, fp128 %b) #0 { %r = fadd fp128 %a, %b
  ret fp128 %r }
define fp128 @mul(fp128 %a, fp128 %b) #0 { %r = fmul fp128 %a, %b
  ret fp128 %r }
define fp128 @div(fp128 %a, fp128 %b) #0 { %r = fdiv fp128 %a, %b
  ret fp128 %r }
define fp128 @sub(fp128 %a, fp128 %b) #0 { %r = fsub fp128 %a, %b
  ret fp128 %r }
define i1 @cmp(fp128 %a, fp128 %b) #0 { %r = fcmp olt fp128 %a, %b
  ret i1 %r }
define i32 @tosi(fp128 %a) #0 { %r = fptosi fp128 %a to i32
  ret i32 %r }
define i64 @toui64(fp128 %a) #0 { %r = fptoui fp128 %a to i64
  ret i64 %r }
define fp128 @fromsi(i32 %a) #0 { %r = sitofp i32 %a to fp128
  ret fp128 %r }
define fp128 @ext(double %a) #0 { %r = fpext double %a to fp128
  ret fp128 %r }
define float @trunc(fp128 %a) #0 { %r = fptrunc fp128 %a to float
  ret float %r }
define fp128 @rem(fp128 %a, fp128 %b) #0 { %r = frem fp128 %a, %b
  ret fp128 %r }
define fp128 @sqrt(fp128 %a) #0 { %r = call fp128 @llvm.sqrt.f128(fp128 %a)
  ret fp128 %r }
define fp128 @sin(fp128 %a) #0 { %r = call fp128 @llvm.sin.f128(fp128 %a)
  ret fp128 %r }
define fp128 @fma(fp128 %a, fp128 %b, fp128 %c) #0 { %r = call fp128 @llvm.fma.f128(fp128 %a, fp128 %b, fp128 %c)
  ret fp128 %r }
define fp128 @floor(fp128 %a) #0 { %r = call fp128 @llvm.floor.f128(fp128 %a)
  ret fp128 %r }
define fp128 @pow(fp128 %a, fp128 %b) #0 { %r = call fp128 @llvm.pow.f128(fp128 %a, fp128 %b)
  ret fp128 %r }
define fp128 @powi(fp128 %a, i32 %b) #0 { %r = call fp128 @llvm.powi.f128.i32(fp128 %a, i32 %b)
  ret fp128 %r }
declare fp128 @llvm.sqrt.f128(fp128)
declare fp128 @llvm.sin.f128(fp128)
declare fp128 @llvm.fma.f128(fp128, fp128, fp128)
declare fp128 @llvm.floor.f128(fp128)
declare fp128 @llvm.pow.f128(fp128, fp128)
declare fp128 @llvm.powi.f128.i32(fp128, i32)
attributes #0 = { nounwind "target-cpu"="pentium4" "target-features"="+cx8,+mmx,+sse,+sse2,+x87" }
