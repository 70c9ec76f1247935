target triple = "riscv64-unknown-linux-gnu"
define float @f32(float %a, float %b, float %c) #0 { %r = call float @llvm.experimental.constrained.fma.f32(float %a, float %b, float %c, metadata !"round.dynamic", metadata !"fpexcept.strict") #1
  ret float %r }
define double @f64(double %a, double %b, double %c) #0 { %r = call double @llvm.experimental.constrained.fma.f64(double %a, double %b, double %c, metadata !"round.dynamic", metadata !"fpexcept.strict") #1
  ret double %r }
define double @fmuladd(double %a, double %b, double %c) #0 { %r = call double @llvm.experimental.constrained.fmuladd.f64(double %a, double %b, double %c, metadata !"round.dynamic", metadata !"fpexcept.strict") #1
  ret double %r }
define double @sqrt(double %a) #0 { %r = call double @llvm.experimental.constrained.sqrt.f64(double %a, metadata !"round.dynamic", metadata !"fpexcept.strict") #1
  ret double %r }
define double @sin(double %a) #0 { %r = call double @llvm.experimental.constrained.sin.f64(double %a, metadata !"round.dynamic", metadata !"fpexcept.strict") #1
  ret double %r }
declare float @llvm.experimental.constrained.fma.f32(float, float, float, metadata, metadata)
declare double @llvm.experimental.constrained.fma.f64(double, double, double, metadata, metadata)
declare double @llvm.experimental.constrained.fmuladd.f64(double, double, double, metadata, metadata)
declare double @llvm.experimental.constrained.sqrt.f64(double, metadata, metadata)
declare double @llvm.experimental.constrained.sin.f64(double, metadata, metadata)
attributes #0 = { nounwind strictfp "target-cpu"="generic-rv64" "target-features"="+m,+a,+c,-f,-d" }
attributes #1 = { strictfp }
