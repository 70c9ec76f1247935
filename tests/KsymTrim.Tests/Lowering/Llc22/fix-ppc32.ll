target triple = "powerpc-unknown-linux-gnu"
define i64 @sdivfix64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.sdiv.fix.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @udivfix64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.udiv.fix.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @sdivfixsat64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.sdiv.fix.sat.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @udivfixsat64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.udiv.fix.sat.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i32 @sdivfix32(i32 %a, i32 %b) #0 { %r = call i32 @llvm.sdiv.fix.i32(i32 %a, i32 %b, i32 16)
  ret i32 %r }
define i32 @udivfixsat32(i32 %a, i32 %b) #0 { %r = call i32 @llvm.udiv.fix.sat.i32(i32 %a, i32 %b, i32 16)
  ret i32 %r }
define i16 @sdivfix16(i16 %a, i16 %b) #0 { %r = call i16 @llvm.sdiv.fix.i16(i16 %a, i16 %b, i32 7)
  ret i16 %r }
define i64 @sdivfix64s0(i64 %a, i64 %b) #0 { %r = call i64 @llvm.sdiv.fix.i64(i64 %a, i64 %b, i32 0)
  ret i64 %r }
define i64 @smulfix64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.smul.fix.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @umulfix64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.umul.fix.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @smulfixsat64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.smul.fix.sat.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i64 @umulfixsat64(i64 %a, i64 %b) #0 { %r = call i64 @llvm.umul.fix.sat.i64(i64 %a, i64 %b, i32 16)
  ret i64 %r }
define i32 @smulfix32(i32 %a, i32 %b) #0 { %r = call i32 @llvm.smul.fix.i32(i32 %a, i32 %b, i32 16)
  ret i32 %r }
define i128 @smulfix128(i128 %a, i128 %b) #0 { %r = call i128 @llvm.smul.fix.i128(i128 %a, i128 %b, i32 16)
  ret i128 %r }
declare i64 @llvm.sdiv.fix.i64(i64, i64, i32)
declare i64 @llvm.udiv.fix.i64(i64, i64, i32)
declare i64 @llvm.sdiv.fix.sat.i64(i64, i64, i32)
declare i64 @llvm.udiv.fix.sat.i64(i64, i64, i32)
declare i32 @llvm.sdiv.fix.i32(i32, i32, i32)
declare i32 @llvm.udiv.fix.sat.i32(i32, i32, i32)
declare i16 @llvm.sdiv.fix.i16(i16, i16, i32)
declare i64 @llvm.smul.fix.i64(i64, i64, i32)
declare i64 @llvm.umul.fix.i64(i64, i64, i32)
declare i64 @llvm.smul.fix.sat.i64(i64, i64, i32)
declare i64 @llvm.umul.fix.sat.i64(i64, i64, i32)
declare i32 @llvm.smul.fix.i32(i32, i32, i32)
declare i128 @llvm.smul.fix.i128(i128, i128, i32)
attributes #0 = { nounwind "target-cpu"="ppc" "target-features"="+hard-float" }
