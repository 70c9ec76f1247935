; x86-64 PIC, large code model: the GOT base
target triple = "x86_64-unknown-linux-gnu"

@g = external global i32
declare void @ext()

define void @callonly() nounwind {
  call void @ext()
  ret void
}
define i32 @loadonly() nounwind {
  %v = load i32, ptr @g
  ret i32 %v
}

!llvm.module.flags = !{!0, !1}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 1, !"Code Model", i32 4}
