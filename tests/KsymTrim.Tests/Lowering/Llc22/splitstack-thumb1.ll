target triple = "thumb-unknown-linux-gnueabi"
declare void @use(ptr)
define void @fixed() #0 { %a = alloca [64 x i8], align 1
  call void @use(ptr %a)
  ret void }
define i32 @umulo(i32 %a, i32 %b) #0 { %r = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %a, i32 %b)
  %o = extractvalue { i32, i1 } %r, 1
  %v = extractvalue { i32, i1 } %r, 0
  %s = select i1 %o, i32 0, i32 %v
  ret i32 %s }
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
attributes #0 = { nounwind "split-stack" }
