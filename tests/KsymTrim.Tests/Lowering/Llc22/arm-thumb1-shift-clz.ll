target triple = "thumbv6m-unknown-none-eabi"
define i64 @shl(i64 %a, i64 %b) #0 { %r = shl i64 %a, %b
 ret i64 %r }
define i64 @ashr(i64 %a, i64 %b) #0 { %r = ashr i64 %a, %b
 ret i64 %r }
define i32 @clz(i32 %a) #0 { %r = call i32 @llvm.ctlz.i32(i32 %a, i1 false)
 ret i32 %r }
define double @vfp(double %a, double %b) #1 { %r = fmul double %a, %b
 ret double %r }
declare i32 @llvm.ctlz.i32(i32, i1)
attributes #0 = { nounwind }
attributes #1 = { nounwind "target-features"="+vfp2" }
