; fp128 libm calls become DAG nodes whose libcall may be another name (sinl -> sinf128)
target triple = "powerpc64le-unknown-linux-gnu"

declare fp128 @sinl(fp128) memory(none) nounwind
declare fp128 @cosl(fp128) memory(none) nounwind
declare fp128 @sqrtl(fp128) memory(none) nounwind
declare fp128 @fminl(fp128, fp128) memory(none) nounwind
declare fp128 @floorl(fp128) memory(none) nounwind
declare fp128 @exp2l(fp128) memory(none) nounwind

define fp128 @math(fp128 %x) nounwind {
  %a = call fp128 @sinl(fp128 %x)
  %b = call fp128 @cosl(fp128 %a)
  %c = call fp128 @sqrtl(fp128 %b)
  %d = call fp128 @fminl(fp128 %c, fp128 %a)
  %e = call fp128 @floorl(fp128 %d)
  %f = call fp128 @exp2l(fp128 %e)
  ret fp128 %f
}
