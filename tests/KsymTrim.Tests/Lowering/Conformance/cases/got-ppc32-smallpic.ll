; ppc32 small PIC (-fpic, "PIC Level" 1): the GOT base through _GLOBAL_OFFSET_TABLE_@local-4
target triple = "powerpc-unknown-linux-gnu"

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
!llvm.module.flags = !{!0}
!0 = !{i32 8, !"PIC Level", i32 1}
