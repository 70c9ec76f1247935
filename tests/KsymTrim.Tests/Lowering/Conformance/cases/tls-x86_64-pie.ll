; TLS models in a PIE module
target triple = "x86_64-unknown-linux-gnu"

@gd = external thread_local global i32
@ld = internal thread_local global i32 0
@ie = external thread_local(initialexec) global i32
@le = thread_local(localexec) global i32 0
@dl = external dso_local thread_local global i32
@ldm = external thread_local(localdynamic) global i32

define i32 @f_gd() nounwind {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @gd)
  %v = load i32, ptr %p
  ret i32 %v
}
define i32 @f_ld() nounwind {
  %v = load i32, ptr @ld
  ret i32 %v
}
define i32 @f_ie() nounwind {
  %v = load i32, ptr @ie
  ret i32 %v
}
define void @f_le(i32 %x) nounwind {
  store i32 %x, ptr @le
  ret void
}
define i32 @f_dl() nounwind {
  %v = load i32, ptr @dl
  ret i32 %v
}
define ptr @f_ldm() nounwind {
  %p = getelementptr i8, ptr @ldm, i64 4
  ret ptr %p
}
declare ptr @llvm.threadlocal.address.p0(ptr)

!llvm.module.flags = !{!0, !1}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
