target triple = "arm-unknown-none-eabi"
define void @f(ptr %out, ptr %in) #0 {
  %v = load <4 x float>, ptr %in, align 16
  %s = shufflevector <4 x float> %v, <4 x float> poison, <4 x i32> zeroinitializer
  %m = fmul <4 x float> %s, %v
  store <4 x float> %m, ptr %out, align 16
  ret void }
attributes #0 = { nounwind }
