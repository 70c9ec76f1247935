; mempcpy becomes memcpy (SelectionDAGBuilder::visitMemPCpyCall)
target triple = "i686-unknown-linux-gnu"

declare ptr @mempcpy(ptr, ptr, i32)

define ptr @copy(ptr %d, ptr %s, i32 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i32 %n)
  ret ptr %r
}
