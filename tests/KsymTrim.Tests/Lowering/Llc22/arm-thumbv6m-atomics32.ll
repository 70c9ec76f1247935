target triple = "thumbv6m-unknown-none-eabi"
define i16 @add16(ptr %p, i16 %v) #0 { %r = atomicrmw add ptr %p, i16 %v seq_cst
 ret i16 %r }
define i32 @load32(ptr %p) #0 { %r = load atomic i32, ptr %p seq_cst, align 4
 ret i32 %r }
define i64 @add64(ptr %p, i64 %v) #0 { %r = atomicrmw add ptr %p, i64 %v seq_cst
 ret i64 %r }
attributes #0 = { nounwind "target-features"="+atomics-32" }
