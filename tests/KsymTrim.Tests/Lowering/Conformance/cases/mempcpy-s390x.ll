; mempcpy becomes memcpy (SelectionDAGBuilder::visitMemPCpyCall)
target triple = "s390x-unknown-linux-gnu"

declare ptr @mempcpy(ptr, ptr, i64)

define ptr @copy(ptr %d, ptr %s, i64 %n) {
  %r = call ptr @mempcpy(ptr %d, ptr %s, i64 %n)
  ret ptr %r
}
