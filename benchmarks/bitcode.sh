#!/usr/bin/env bash
# Whole-command comparison over every bitcode member of ../shared/corpus (lto-x86_64 and lto-arm64):
# ksymtrim nm (Native AOT) against llvm-nm in one process (symbol tables only) and llvm-dis one file at a time.
# Each command runs RUNS times (default 3; llvm-dis once), alternating; medians reported.
#   usage: benchmarks/bitcode.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=3
[ "${1:-}" = "--runs" ] && runs=$2
corpus=$root/../shared/corpus
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --artifacts-path "$work/obj" >/dev/null
for f in $(find "$corpus/lto-x86_64" "$corpus/lto-arm64" -path '*/members/*' -name '*.o' | sort); do
    [ "$(head -c 2 "$f")" = "BC" ] && printf '%s\0' "$f"
done > "$work/list"
count=$(tr -cd '\0' < "$work/list" | wc -c)
bytes=$(xargs -0 cat < "$work/list" | wc -c)
now() { date +%s.%N; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
declare -A s
for ((r = 0; r < runs; r++)); do
    t0=$(now); xargs -0 "$work/aot/KsymTrim.Tool" nm < "$work/list" > /dev/null 2>&1 || true; t1=$(now)
    s[ksymtrim-nm]+="$(echo "$t1 - $t0" | bc -l) "
    t0=$(now); xargs -0 llvm-nm-14 < "$work/list" > /dev/null 2>&1 || true; t1=$(now)
    s[llvm-nm]+="$(echo "$t1 - $t0" | bc -l) "
done
t0=$(now); xargs -0 -n1 llvm-dis-14 -o /dev/null < "$work/list" 2>/dev/null || true; t1=$(now)
s[llvm-dis]="$(echo "$t1 - $t0" | bc -l)"
echo "$count bitcode members, $bytes bytes, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| command | median s | ratio to ksymtrim nm |"
echo "|---|---|---|"
base=$(echo "${s[ksymtrim-nm]}" | median)
for n in ksymtrim-nm llvm-nm llvm-dis; do
    m=$(echo "${s[$n]}" | median)
    printf '| %s | %s | %.2fx |\n' "$n" "$m" "$(echo "$m / $base" | bc -l)"
done
