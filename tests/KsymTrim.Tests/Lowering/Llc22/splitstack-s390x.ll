target triple = "s390x-unknown-linux-gnu"
declare void @use(ptr)
define void @dyn(i64 %n) #0 { %a = alloca i8, i64 %n, align 1
  call void @use(ptr %a)
  ret void }
define void @fixed() #0 { %a = alloca [64 x i8], align 1
  call void @use(ptr %a)
  ret void }
attributes #0 = { nounwind "split-stack" "target-cpu"="z13" }
