target triple = "armv7a-unknown-none-eabi"
define i16 @to32(float %a) #0 { %r = call i16 @llvm.convert.to.fp16.f32(float %a)
  ret i16 %r }
define i16 @to64(double %a) #0 { %r = call i16 @llvm.convert.to.fp16.f64(double %a)
  ret i16 %r }
define float @from32(i16 %a) #0 { %r = call float @llvm.convert.from.fp16.f32(i16 %a)
  ret float %r }
define double @from64(i16 %a) #0 { %r = call double @llvm.convert.from.fp16.f64(i16 %a)
  ret double %r }
declare i16 @llvm.convert.to.fp16.f32(float)
declare i16 @llvm.convert.to.fp16.f64(double)
declare float @llvm.convert.from.fp16.f32(i16)
declare double @llvm.convert.from.fp16.f64(i16)
attributes #0 = { nounwind "target-cpu"="generic" "target-features"="+armv7-a,+d32,+dsp,+fp64,+neon,+vfp2,+vfp3,-fp16,-thumb-mode" }
