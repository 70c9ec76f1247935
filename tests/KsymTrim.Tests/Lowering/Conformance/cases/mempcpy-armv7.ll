; mempcpy with an i64 size on 32-bit ARM: not the library prototype, the call stays
target triple = "armv7-unknown-linux-gnueabihf"

declare ptr @mempcpy(ptr, ptr, i64)

define ptr @copy(ptr %d, ptr %s, i64 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i64 %n)
  ret ptr %r
}
