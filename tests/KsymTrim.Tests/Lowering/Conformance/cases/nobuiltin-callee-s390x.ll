; a callee declared nobuiltin: every call to it stays (CallBase::isNoBuiltin looks at the callee too)
target triple = "s390x-unknown-linux-gnu"

declare i64 @strlen(ptr) nobuiltin
declare ptr @mempcpy(ptr, ptr, i64) nobuiltin

define i64 @len(ptr %p) {
  %r = call i64 @strlen(ptr %p)
  ret i64 %r
}
define ptr @copy(ptr %d, ptr %s, i64 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i64 %n)
  ret ptr %r
}
