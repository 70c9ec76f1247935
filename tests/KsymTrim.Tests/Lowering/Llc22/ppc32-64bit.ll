target triple = "ppc32--"
define i32 @f(i32 %a) #0 { ret i32 %a }
define i64 @fsh(i64 %a, i64 %b, i64 %c) #1 { %r = call i37 @llvm.fshl.i37(i37 0, i37 1, i37 0)
 %z = zext i37 %r to i64
 ret i64 %z }
declare i37 @llvm.fshl.i37(i37, i37, i37)
attributes #0 = { nounwind "target-features"="+64bit" }
attributes #1 = { nounwind }
