target triple = "thumbv6-unknown-none-eabi"
define i8 @add8(ptr %p, i8 %v) #0 { %r = atomicrmw add ptr %p, i8 %v seq_cst
 ret i8 %r }
define i32 @xchg32(ptr %p, i32 %v) #0 { %r = atomicrmw xchg ptr %p, i32 %v seq_cst
 ret i32 %r }
define i64 @cas64(ptr %p, i64 %o, i64 %n) #0 { %r = cmpxchg ptr %p, i64 %o, i64 %n seq_cst seq_cst
 %v = extractvalue { i64, i1 } %r, 0
 ret i64 %v }
define void @fence() #0 { fence seq_cst
 ret void }
attributes #0 = { nounwind }
