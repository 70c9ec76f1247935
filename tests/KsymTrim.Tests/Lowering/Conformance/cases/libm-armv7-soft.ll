; float and double libm calls (same names, or instructions)
target triple = "armv7-unknown-linux-gnueabi"

declare float @sinf(float) memory(none) nounwind
declare double @floor(double) memory(none) nounwind
declare float @fmaxf(float, float) memory(none) nounwind
declare double @sqrt(double) memory(none) nounwind

define double @math(float %x, double %y) nounwind {
  %a = call float @sinf(float %x)
  %b = call float @fmaxf(float %a, float %x)
  %c = call double @floor(double %y)
  %d = call double @sqrt(double %c)
  %e = fpext float %b to double
  %f = fadd double %d, %e
  ret double %f
}
