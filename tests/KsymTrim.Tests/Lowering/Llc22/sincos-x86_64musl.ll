target triple = "x86_64-unknown-linux-musl"
define float @f32(float %a) #0 { %s = call float @llvm.sin.f32(float %a)
  %c = call float @llvm.cos.f32(float %a)
  %r = fadd float %s, %c
  ret float %r }
define double @f64(double %a) #0 { %s = call double @llvm.sin.f64(double %a)
  %c = call double @llvm.cos.f64(double %a)
  %r = fadd double %s, %c
  ret double %r }
define double @libcalls(double %a) #0 { %s = call double @sin(double %a) #1
  %c = call double @cos(double %a) #1
  %r = fadd double %s, %c
  ret double %r }
define fp128 @f128(fp128 %a) #0 { %s = call fp128 @llvm.sin.f128(fp128 %a)
  %c = call fp128 @llvm.cos.f128(fp128 %a)
  %r = fadd fp128 %s, %c
  ret fp128 %r }
define { float, float } @sincos32(float %a) #0 { %r = call { float, float } @llvm.sincos.f32(float %a)
  ret { float, float } %r }
declare float @llvm.sin.f32(float)
declare float @llvm.cos.f32(float)
declare double @llvm.sin.f64(double)
declare double @llvm.cos.f64(double)
declare fp128 @llvm.sin.f128(fp128)
declare fp128 @llvm.cos.f128(fp128)
declare double @sin(double)
declare double @cos(double)
declare { float, float } @llvm.sincos.f32(float)
attributes #0 = { nounwind "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" }
attributes #1 = { nounwind readnone }
