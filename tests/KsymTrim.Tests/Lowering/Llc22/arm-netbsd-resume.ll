target triple = "armv7-unknown-netbsd-eabi"
define void @f() personality ptr @__gxx_personality_v0 {
  invoke void @g() to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  call void @h()
  resume { ptr, i32 } %l
}
declare void @g()
declare void @h()
declare i32 @__gxx_personality_v0(...)
