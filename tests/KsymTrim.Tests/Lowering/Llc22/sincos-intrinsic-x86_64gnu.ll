target triple = "x86_64-unknown-linux-gnu"
define { float, float } @sincos32(float %a) #0 { %r = call { float, float } @llvm.sincos.f32(float %a)
  ret { float, float } %r }
define { double, double } @sincos64(double %a) #0 { %r = call { double, double } @llvm.sincos.f64(double %a)
  ret { double, double } %r }
declare { float, float } @llvm.sincos.f32(float)
declare { double, double } @llvm.sincos.f64(double)
attributes #0 = { nounwind "target-cpu"="x86-64" }
