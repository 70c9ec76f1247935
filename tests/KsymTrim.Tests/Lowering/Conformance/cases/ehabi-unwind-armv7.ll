; ARM EHABI: a function with an unwind entry (uwtable, or may unwind) names __aeabi_unwind_cpp_pr0 in .ARM.exidx
; (kernel arm builds with -funwind-tables); a nounwind function without uwtable gets EXIDX_CANTUNWIND; a personality
; without landing pads is not emitted, so that function uses pr0 too
target triple = "armv7-unknown-linux-gnueabihf"

declare void @ext()
declare i32 @__gxx_personality_v0(...)

define void @cantunwind() nounwind {
  call void @ext()
  ret void
}
define void @uwtable_nounwind() nounwind uwtable {
  call void @ext()
  ret void
}
define void @may_unwind() {
  call void @ext()
  ret void
}
define void @personality_without_invoke() personality ptr @__gxx_personality_v0 {
  call void @ext()
  ret void
}
