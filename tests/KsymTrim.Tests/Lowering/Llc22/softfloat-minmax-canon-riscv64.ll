target triple = "riscv64-unknown-linux-gnu"
define float @min(float %a, float %b) #0 { %r = call float @llvm.minimum.f32(float %a, float %b)
 ret float %r }
define double @max(double %a, double %b) #0 { %r = call double @llvm.maximum.f64(double %a, double %b)
 ret double %r }
define float @canon(float %a) #0 { %r = call float @llvm.canonicalize.f32(float %a)
 ret float %r }
define i128 @rem(i128 %a, i128 %b) #0 { %r = srem i128 %a, %b
 ret i128 %r }
declare float @llvm.minimum.f32(float, float)
declare double @llvm.maximum.f64(double, double)
declare float @llvm.canonicalize.f32(float)
attributes #0 = { nounwind "target-cpu"="generic-rv64" "target-features"="+m,+a,+c,-f,-d" }
