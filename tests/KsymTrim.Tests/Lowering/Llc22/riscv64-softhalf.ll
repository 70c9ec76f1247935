target triple = "riscv64-unknown-linux-gnu"
define half @add(half %a, half %b) #0 { %r = fadd half %a, %b
  ret half %r }
define half @div(half %a, half %b) #0 { %r = fdiv half %a, %b
  ret half %r }
define i1 @cmp(half %a, half %b) #0 { %r = fcmp olt half %a, %b
  ret i1 %r }
define half @fromdouble(double %a) #0 { %r = fptrunc double %a to half
  ret half %r }
define double @todouble(half %a) #0 { %r = fpext half %a to double
  ret double %r }
define half @fromfloat(float %a) #0 { %r = fptrunc float %a to half
  ret half %r }
define float @tofloat(half %a) #0 { %r = fpext half %a to float
  ret float %r }
define i32 @toint(half %a) #0 { %r = fptosi half %a to i32
  ret i32 %r }
define half @fromint(i64 %a) #0 { %r = sitofp i64 %a to half
  ret half %r }
define half @sqrt(half %a) #0 { %r = call half @llvm.sqrt.f16(half %a)
  ret half %r }
define half @fma(half %a, half %b, half %c) #0 { %r = call half @llvm.fma.f16(half %a, half %b, half %c)
  ret half %r }
define half @fmuladd(half %a, half %b, half %c) #0 { %r = call half @llvm.fmuladd.f16(half %a, half %b, half %c)
  ret half %r }
define i16 @tofp16(double %a) #0 { %r = call i16 @llvm.convert.to.fp16.f64(double %a)
  ret i16 %r }
define double @fromfp16(i16 %a) #0 { %r = call double @llvm.convert.from.fp16.f64(i16 %a)
  ret double %r }
declare half @llvm.sqrt.f16(half)
declare half @llvm.fma.f16(half, half, half)
declare half @llvm.fmuladd.f16(half, half, half)
declare i16 @llvm.convert.to.fp16.f64(double)
declare double @llvm.convert.from.fp16.f64(i16)
attributes #0 = { nounwind "target-cpu"="generic-rv64" "target-features"="+m,+a,+c,-f,-d,-zfh" }
