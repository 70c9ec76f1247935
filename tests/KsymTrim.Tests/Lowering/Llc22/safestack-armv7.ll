target triple = "armv7a-unknown-linux-gnueabihf"
declare void @use(ptr)
define void @req() #0 { %a = alloca [16 x i8], align 1
  call void @use(ptr %a)
  ret void }
define void @reqonly() #1 { %a = alloca i32, align 4
  call void @use(ptr %a)
  ret void }
define void @ssponly() #2 { %a = alloca [64 x i8], align 1
  call void @use(ptr %a)
  ret void }
attributes #0 = { nounwind safestack sspreq "target-cpu"="generic" "target-features"="+armv7-a,+vfp3,+neon" }
attributes #1 = { nounwind safestack sspreq "target-cpu"="generic" "target-features"="+armv7-a,+vfp3,+neon" }
attributes #2 = { nounwind safestack ssp "target-cpu"="generic" "target-features"="+armv7-a,+vfp3,+neon" }
