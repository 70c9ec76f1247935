; resume with __gcc_personality_v0
target triple = "aarch64-unknown-linux-gnu"

declare void @may_throw()
declare i32 @__gcc_personality_v0(...)
declare void @cleanup()

define void @f() personality ptr @__gcc_personality_v0 {
entry:
  invoke void @may_throw() to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  call void @cleanup()
  resume { ptr, i32 } %l
}
