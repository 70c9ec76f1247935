; library calls that stay calls: nobuiltin call sites, "no-builtins" and "no-builtin-<name>" callers (-fno-builtin, -ffreestanding)
target triple = "aarch64-unknown-linux-gnu"

declare i64 @strlen(ptr)
declare i64 @strnlen(ptr, i64)
declare i32 @strcmp(ptr, ptr)
declare ptr @strcpy(ptr, ptr)
declare ptr @stpcpy(ptr, ptr)
declare ptr @memchr(ptr, i32, i64)
declare i32 @memcmp(ptr, ptr, i64)
declare i32 @bcmp(ptr, ptr, i64)
declare ptr @mempcpy(ptr, ptr, i64)

define i64 @strlen_nobuiltin(ptr %p) {
  %r = call i64 @strlen(ptr %p) nobuiltin
  ret i64 %r
}
define i64 @strnlen_nobuiltin(ptr %p, i64 %n) {
  %r = call i64 @strnlen(ptr %p, i64 %n) nobuiltin
  ret i64 %r
}
define i32 @strcmp_nobuiltins(ptr %p, ptr %q) "no-builtins" {
  %r = call i32 @strcmp(ptr %p, ptr %q)
  ret i32 %r
}
define ptr @strcpy_nobuiltin_name(ptr %p, ptr %q) "no-builtin-strcpy" {
  %r = call ptr @strcpy(ptr %p, ptr %q)
  ret ptr %r
}
define ptr @stpcpy_nobuiltin(ptr %p, ptr %q) {
  %r = call ptr @stpcpy(ptr %p, ptr %q) nobuiltin
  ret ptr %r
}
define ptr @memchr_nobuiltins(ptr %p, i32 %c, i64 %n) "no-builtins" {
  %r = call ptr @memchr(ptr %p, i32 %c, i64 %n)
  ret ptr %r
}
define i32 @memcmp_nobuiltin(ptr %p, ptr %q) {
  %r = call i32 @memcmp(ptr %p, ptr %q, i64 8) nobuiltin
  ret i32 %r
}
define i32 @bcmp_nobuiltins(ptr %p, ptr %q) "no-builtins" {
  %r = call i32 @bcmp(ptr %p, ptr %q, i64 8)
  ret i32 %r
}
define ptr @mempcpy_nobuiltin(ptr %d, ptr %s, i64 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i64 %n) nobuiltin
  ret ptr %r
}
