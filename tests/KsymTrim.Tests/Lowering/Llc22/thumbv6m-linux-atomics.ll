target triple = "thumbv6m-unknown-linux-gnueabi"
define i32 @add(ptr %p, i32 %v) #0 { %r = atomicrmw add ptr %p, i32 %v seq_cst
  ret i32 %r }
define i8 @xchg8(ptr %p, i8 %v) #0 { %r = atomicrmw xchg ptr %p, i8 %v monotonic
  ret i8 %r }
define i32 @max(ptr %p, i32 %v) #0 { %r = atomicrmw max ptr %p, i32 %v seq_cst
  ret i32 %r }
define i32 @nand(ptr %p, i32 %v) #0 { %r = atomicrmw nand ptr %p, i32 %v seq_cst
  ret i32 %r }
define i32 @cas(ptr %p, i32 %o, i32 %n) #0 { %r = cmpxchg ptr %p, i32 %o, i32 %n seq_cst seq_cst
  %v = extractvalue { i32, i1 } %r, 0
  ret i32 %v }
define i16 @cas16(ptr %p, i16 %o, i16 %n) #0 { %r = cmpxchg ptr %p, i16 %o, i16 %n seq_cst seq_cst
  %v = extractvalue { i16, i1 } %r, 0
  ret i16 %v }
define i32 @load(ptr %p) #0 { %r = load atomic i32, ptr %p seq_cst, align 4
  ret i32 %r }
define void @store(ptr %p, i32 %v) #0 { store atomic i32 %v, ptr %p seq_cst, align 4
  ret void }
define i64 @add64(ptr %p, i64 %v) #0 { %r = atomicrmw add ptr %p, i64 %v seq_cst
  ret i64 %r }
define i64 @load64(ptr %p) #0 { %r = load atomic i64, ptr %p seq_cst, align 8
  ret i64 %r }
define float @fadd(ptr %p, float %v) #0 { %r = atomicrmw fadd ptr %p, float %v seq_cst
  ret float %r }
define i64 @mul64(i64 %a, i64 %b) #0 { %r = mul i64 %a, %b
  ret i64 %r }
attributes #0 = { nounwind "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-fpregs" }
