target triple = "powerpc-unknown-linux-gnu"
define double @dadd(double %a, double %b) #0 { %r = fadd double %a, %b
 ret double %r }
define float @ffma(float %a, float %b, float %c) #1 { %r = call float @llvm.fma.f32(float %a, float %b, float %c)
 ret float %r }
declare float @llvm.fma.f32(float, float, float)
attributes #0 = { nounwind "target-features"="+efpu2" }
attributes #1 = { nounwind "target-features"="+spe" }
