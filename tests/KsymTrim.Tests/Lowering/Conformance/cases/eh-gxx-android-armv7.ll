; resume with __gxx_personality_v0
target triple = "armv7-unknown-linux-androideabi"

declare void @may_throw()
declare i32 @__gxx_personality_v0(...)
declare void @cleanup()

define void @f() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw() to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  call void @cleanup()
  resume { ptr, i32 } %l
}
