target triple = "thumbv7-unknown-none-eabi"
define i64 @add64(ptr %p, i64 %v) #0 { %r = atomicrmw add ptr %p, i64 %v seq_cst
 ret i64 %r }
define double @sp(double %a, float %b) #1 { %e = fpext float %b to double
 %r = fadd double %a, %e
 ret double %r }
attributes #0 = { nounwind "target-cpu"="cortex-m33" }
attributes #1 = { nounwind "target-cpu"="cortex-m4" "target-features"="+vfp4d16sp" }
