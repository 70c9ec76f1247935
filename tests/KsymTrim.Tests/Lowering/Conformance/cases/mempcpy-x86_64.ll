; mempcpy becomes memcpy (SelectionDAGBuilder::visitMemPCpyCall)
target triple = "x86_64-unknown-linux-gnu"

declare ptr @mempcpy(ptr, ptr, i64)

define ptr @copy(ptr %d, ptr %s, i64 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i64 %n)
  ret ptr %r
}
