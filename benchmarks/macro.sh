#!/usr/bin/env bash
# Whole-command comparison of `ksymtrim used` with the nm pipeline over a folder of kernel modules.
# Every command runs RUNS times (default 5) in one session, alternating, and the median wall time is reported
# with its ratio to ksymtrim (Native AOT build). The page cache is warmed first, so this measures CPU and
# system-call work, not disk. ksymtrim is built three ways: Native AOT (what a packaged native tool runs),
# ReadyToRun, and plain JIT (what `dotnet run` and a framework-dependent tool install run).
#
#   usage: benchmarks/macro.sh [MODULE_DIR] [--runs N] [--kbuild]
#     MODULE_DIR  default: $KSYMTRIM_DEBIAN_MODULES/lib/modules or /var/tmp/ksymtrim-debian/lib/modules
#                 (fetch with ../shared/corpus/fetch-debian-modules.sh /var/tmp/ksymtrim-debian)
#     --kbuild    also time kbuild's own way once (one nm process per module; 1.5 to 3 minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=""; runs=5; kbuild=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --kbuild) kbuild=1; shift ;;
        *) dir=$1; shift ;;
    esac
done
dir=${dir:-${KSYMTRIM_DEBIAN_MODULES:-/var/tmp/ksymtrim-debian}/lib/modules}
[ -d "$dir" ] || { echo "no module folder $dir (see ../shared/corpus/fetch-debian-modules.sh)" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "building ksymtrim (Release: Native AOT, ReadyToRun and plain JIT builds)..." >&2
dotnet publish "$root/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$work/aot" --artifacts-path "$work/obj-aot" >/dev/null
# PublishAot=false: the project sets PublishAot, which would otherwise make these two Native AOT builds as well.
dotnet publish "$root/src/KsymTrim.Tool" -c Release -r linux-x64 --self-contained false -p:PublishAot=false \
    -p:PublishReadyToRun=true -o "$work/r2r" --artifacts-path "$work/obj-r2r" >/dev/null
dotnet publish "$root/src/KsymTrim.Tool" -c Release -p:PublishAot=false -o "$work/jit" --artifacts-path "$work/obj-jit" >/dev/null
find "$dir" -name '*.ko' -print0 | sort -z > "$work/list"
count=$(tr -cd '\0' < "$work/list" | wc -c)
bytes=$(xargs -0 cat < "$work/list" | wc -c)
half=$(( (count + 1) / 2 ))
nproc=$(nproc)

declare -A cmds
names=(ksymtrim-aot ksymtrim-r2r ksymtrim-jit cat gnu-nm nm-pipeline llvm-nm-j2)
cmds[ksymtrim-aot]="'$work/aot/KsymTrim.Tool' used '$dir' > /dev/null"
cmds[ksymtrim-r2r]="'$work/r2r/KsymTrim.Tool' used '$dir' > /dev/null"
cmds[ksymtrim-jit]="'$work/jit/KsymTrim.Tool' used '$dir' > /dev/null"
cmds[cat]="xargs -0 cat < '$work/list' > /dev/null"
cmds[gnu-nm]="xargs -0 nm < '$work/list' > /dev/null 2>&1"
cmds[nm-pipeline]="xargs -0 nm < '$work/list' 2>/dev/null | sed -n 's/^  *U //p' | LC_ALL=C sort -u > /dev/null"
cmds[llvm-nm-j2]="xargs -0 -P2 -n $half llvm-nm < '$work/list' > /dev/null 2>&1"
command -v llvm-nm >/dev/null || names=("${names[@]/llvm-nm-j2}")

eval "${cmds[cat]}"   # warm the page cache
eval "${cmds[ksymtrim-aot]}"
now() { date +%s.%N; }
declare -A samples
for ((r = 0; r < runs; r++)); do
    for n in "${names[@]}"; do
        [ -n "$n" ] || continue
        t0=$(now); eval "${cmds[$n]}"; t1=$(now)
        samples[$n]+="$(echo "$t1 - $t0" | bc -l) "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

echo "$count modules, $bytes bytes, $nproc cores, $runs runs each, $(date -u +%Y-%m-%d)"
echo
echo "| command | median s | ratio to ksymtrim (aot) |"
echo "|---|---|---|"
base=$(echo "${samples[ksymtrim-aot]}" | median)
for n in "${names[@]}"; do
    [ -n "$n" ] || continue
    m=$(echo "${samples[$n]}" | median)
    printf '| %s | %s | %.2fx |\n' "$n" "$m" "$(echo "$m / $base" | bc -l)"
done
if [ "$kbuild" = 1 ]; then
    t0=$(now)
    xargs -0 -n1 sh -c 'nm "$0" | sed -n "s/^  *U //p"' < "$work/list" 2>/dev/null | LC_ALL=C sort -u > /dev/null
    t1=$(now); m=$(echo "$t1 - $t0" | bc -l)
    printf '| kbuild (one nm per module, once) | %.3f | %.2fx |\n' "$m" "$(echo "$m / $base" | bc -l)"
fi
