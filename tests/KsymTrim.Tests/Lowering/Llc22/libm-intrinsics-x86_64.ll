target triple = "x86_64-unknown-linux-gnu"
define float @t_tan(float %x) #0 { %r = call float @llvm.tan.f32(float %x)
 ret float %r }
define float @t_atan2(float %x, float %y) #0 { %r = call float @llvm.atan2.f32(float %x, float %y)
 ret float %r }
define float @t_exp10(float %x) #0 { %r = call float @llvm.exp10.f32(float %x)
 ret float %r }
define { float, float } @t_modf(float %x) #0 { %r = call { float, float } @llvm.modf.f32(float %x)
 ret { float, float } %r }
define double @t_cosh(double %x) #0 { %r = call double @llvm.cosh.f64(double %x)
 ret double %r }
define fp128 @t_asin(fp128 %x) #0 { %r = call fp128 @llvm.asin.f128(fp128 %x)
 ret fp128 %r }
define float @t_tanh(float %x) #2 { %r = call float @llvm.experimental.constrained.tanh.f32(float %x, metadata !"round.dynamic", metadata !"fpexcept.strict") #3
 ret float %r }
declare float @llvm.tan.f32(float)
declare float @llvm.atan2.f32(float, float)
declare float @llvm.exp10.f32(float)
declare { float, float } @llvm.modf.f32(float)
declare double @llvm.cosh.f64(double)
declare fp128 @llvm.asin.f128(fp128)
declare float @llvm.experimental.constrained.tanh.f32(float, metadata, metadata)
attributes #0 = { nounwind "target-cpu"="x86-64" }
attributes #2 = { nounwind strictfp "target-cpu"="x86-64" }
attributes #3 = { strictfp }
