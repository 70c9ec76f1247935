target triple = "s390x-unknown-linux-gnu"
define i128 @shl13(i128 %a, i128 %b) #0 { %r = shl i128 %a, %b
  ret i128 %r }
define i128 @lshr13(i128 %a, i128 %b) #0 { %r = lshr i128 %a, %b
  ret i128 %r }
define i128 @ashr13(i128 %a, i128 %b) #0 { %r = ashr i128 %a, %b
  ret i128 %r }
define i128 @mul13(i128 %a, i128 %b) #0 { %r = mul i128 %a, %b
  ret i128 %r }
define i128 @sdiv13(i128 %a, i128 %b) #0 { %r = sdiv i128 %a, %b
  ret i128 %r }
define i128 @fshl13(i128 %a, i128 %b, i128 %c) #0 { %r = call i128 @llvm.fshl.i128(i128 %a, i128 %b, i128 %c)
  ret i128 %r }
declare i128 @llvm.fshl.i128(i128, i128, i128)
attributes #0 = { nounwind "target-cpu"="z13" }
