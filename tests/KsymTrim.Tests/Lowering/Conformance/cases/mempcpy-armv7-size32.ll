; mempcpy becomes memcpy (SelectionDAGBuilder::visitMemPCpyCall)
target triple = "armv7-unknown-linux-gnueabihf"

declare ptr @mempcpy(ptr, ptr, i32)

define ptr @copy(ptr %d, ptr %s, i32 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i32 %n)
  ret ptr %r
}
