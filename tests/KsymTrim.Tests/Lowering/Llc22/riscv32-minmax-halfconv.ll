target triple = "riscv32-unknown-linux-gnu"
define float @mx(float %a, float %b) #0 { %r = call nnan float @llvm.maxnum.f32(float %a, float %b)
 ret float %r }
define double @mn(double %a, double %b) #0 { %r = call nnan double @llvm.minnum.f64(double %a, double %b)
 ret double %r }
define i64 @h2l(half %a) #1 { %r = fptosi half %a to i64
 ret i64 %r }
define half @l2h(i64 %a) #1 { %r = uitofp i64 %a to half
 ret half %r }
define float @smax(float %a, float %b) #2 { %r = call float @llvm.experimental.constrained.maxnum.f32(float %a, float %b, metadata !"fpexcept.strict") #3
 ret float %r }
declare float @llvm.maxnum.f32(float, float)
declare double @llvm.minnum.f64(double, double)
declare float @llvm.experimental.constrained.maxnum.f32(float, float, metadata)
attributes #0 = { nounwind "target-cpu"="generic-rv32" "target-features"="+m,+a,+c,-f,-d" }
attributes #1 = { nounwind "target-cpu"="generic-rv32" "target-features"="+m,+a,+c,+f,+zfh" }
attributes #2 = { nounwind strictfp "target-cpu"="generic-rv32" "target-features"="+m,+a,+c,+f" }
attributes #3 = { strictfp }
