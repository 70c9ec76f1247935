target triple = "aarch64-unknown-linux-gnu"
define float @f32(float %f) #0 { %s = call float @sinf(float %f) #1
  %c = call float @cosf(float %f) #1
  %r = fadd float %s, %c
  ret float %r }
define double @f64(double %f) #0 { %s = call double @sin(double %f) #1
  %c = call double @cos(double %f) #1
  %r = fadd double %s, %c
  ret double %r }
declare float @sinf(float)
declare float @cosf(float)
declare double @sin(double)
declare double @cos(double)
attributes #0 = { nounwind "target-cpu"="generic" "target-features"="+neon,+fp-armv8" }
attributes #1 = { nounwind memory(none) }
