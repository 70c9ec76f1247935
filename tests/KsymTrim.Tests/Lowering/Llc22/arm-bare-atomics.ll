target triple = "arm-unknown-linux-gnueabi"
define i8 @cas(ptr %p, i8 %o, i8 %n) #0 { %r = cmpxchg ptr %p, i8 %o, i8 %n seq_cst seq_cst
 %v = extractvalue { i8, i1 } %r, 0
 ret i8 %v }
define i32 @add(ptr %p, i32 %v) #0 { %r = atomicrmw add ptr %p, i32 %v seq_cst
 ret i32 %r }
attributes #0 = { nounwind }
