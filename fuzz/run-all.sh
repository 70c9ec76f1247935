#!/usr/bin/env bash
# Every target at once, each for SECONDS (default 2100): fuzz/run-all.sh [SECONDS]. Logs in
# $KSYMTRIM_FUZZ_DIR/TARGET.log; a summary table of each fuzzer_stats at the end (fuzz/stats.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-2100}
scratch=${KSYMTRIM_FUZZ_DIR:-/var/tmp/ksymtrim-fuzz}
mkdir -p "$scratch"
pids=()
for t in elf ar bitcode module-asm inline-asm compressed; do
    "$here/run.sh" "$t" "$seconds" > "$scratch/$t.log" 2>&1 &
    pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
"$here/stats.sh"
exit $status
