target triple = "thumbv6m-unknown-linux-gnu"
define i64 @gmul64(i64 %a, i64 %b) #0 { %r = mul i64 %a, %b
  ret i64 %r }
define i64 @mulc(i64 %a) #0 { %r = mul i64 %a, 10
  ret i64 %r }
define i32 @mulhi(i32 %a, i32 %b) #0 { %x = sext i32 %a to i64
  %y = sext i32 %b to i64
  %m = mul i64 %x, %y
  %h = lshr i64 %m, 32
  %r = trunc i64 %h to i32
  ret i32 %r }
define i64 @umulo(i64 %a, i64 %b) #0 { %r = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %v = extractvalue { i64, i1 } %r, 0
  ret i64 %v }
define i64 @div(i64 %a, i64 %b) #0 { %r = sdiv i64 %a, %b
  ret i64 %r }
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
attributes #0 = { nounwind "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-fpregs" }
