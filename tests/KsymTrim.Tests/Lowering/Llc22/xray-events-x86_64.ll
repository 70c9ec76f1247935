target triple = "x86_64-unknown-linux-gnu"
define void @f(ptr %p, i64 %n) #0 {
  call void @llvm.xray.customevent(ptr %p, i64 %n)
  call void @llvm.xray.typedevent(i64 1, ptr %p, i64 %n)
  ret void }
declare void @llvm.xray.customevent(ptr, i64)
declare void @llvm.xray.typedevent(i64, ptr, i64)
attributes #0 = { nounwind "function-instrument"="xray-always" }
