#!/usr/bin/env bash
# One line per target from afl-fuzz's fuzzer_stats: fuzz/stats.sh
scratch=${KSYMTRIM_FUZZ_DIR:-/var/tmp/ksymtrim-fuzz}
printf '%-12s %10s %12s %8s %8s %8s %8s %10s\n' target run_time execs_done execs/s corpus crashes hangs stability
for t in elf ar bitcode module-asm inline-asm compressed; do
    f=$scratch/$t/out/default/fuzzer_stats
    [ -f "$f" ] || continue
    v() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$f"; }
    printf '%-12s %10s %12s %8s %8s %8s %8s %10s\n' "$t" "$(v run_time)" "$(v execs_done)" "$(v execs_per_sec)" \
        "$(v corpus_count)" "$(v saved_crashes)" "$(v saved_hangs)" "$(v stability)"
done
