#!/usr/bin/env bash
# instructions.sh - instructions executed by `ksymtrim used --jobs 1` of two builds, counted by valgrind's callgrind.
#
# Wall and CPU time on a small shared machine move by 5-10% between runs of one binary; the count of instructions
# a single-threaded run executes moves much less, but not by nothing: up to about 1% on lto-x86_64-612 (measured in
# session 17; object identity hashes and the collector's timing differ by process). KSYMTRIM_RUNS=N (default 1)
# counts each build N times and takes the median, for claims under 1%. It does not see cache misses or branch
# mispredictions, so it complements compare.sh (time) rather than replacing it: use it to tell a small real change
# from noise.
# Takes two Native AOT builds (compare.sh's publish step makes them, or `dotnet publish src/KsymTrim.Tool -c Release
# -r linux-x64 -p:PublishAot=true -o DIR`); valgrind cannot read their separate debug file, so each binary is
# copied without its debug link first. About 15 s per 100 MB of bitcode per build.
#   usage: benchmarks/instructions.sh BASE_TOOL TOOL [CORPUS...]
#     CORPUS  `debian` (Debian's native modules, when fetched: ../shared/corpus/fetch-debian-modules.sh) or a corpus
#             directory of ../shared/corpus (default: debian, when fetched, and every lto-* corpus)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }
base_tool=$1; tool=$2; shift 2
runs=${KSYMTRIM_RUNS:-1}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "instructions.sh: KSYMTRIM_RUNS must be a positive count" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
corpus=${KSYMTRIM_CORPUS:-$root/../shared/corpus}
debian=${KSYMTRIM_DEBIAN_MODULES:-/var/tmp/ksymtrim-debian}/lib/modules
if [ $# -eq 0 ]; then
    [ -d "$debian" ] && set -- debian
    set -- "$@" $(cd "$corpus" && ls -d lto-*)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy() { # TOOL NAME -> a copy valgrind can load
    mkdir -p "$work/$2"
    cp "$1" "$work/$2/KsymTrim.Tool"
    strip --remove-section=.gnu_debuglink "$work/$2/KsymTrim.Tool"
    echo "$work/$2/KsymTrim.Tool"
}
base_copy=$(copy "$base_tool" base)
tool_copy=$(copy "$tool" tool)
count_once() { # TOOL ARGS... -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" used --jobs 1 "${@:2}" 2>&1 >/dev/null |
        sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,
}
count() { # TOOL ARGS... -> the median of $runs counts
    for ((r = 0; r < runs; r++)); do count_once "$@"; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
printf '| input | modules | base (instructions) | this build (instructions) | ratio |\n|---|---:|---:|---:|---:|\n'
for set in "$@"; do
    args=()
    if [ "$set" = debian ]; then args=("$debian")
    else for d in "$corpus/$set"/*/; do m=$(basename "$d"); [ -f "$d/$m.a" ] && args+=("$d$m.a"); done
    fi
    [ ${#args[@]} -gt 0 ] || continue
    b=$(count "$base_copy" "${args[@]}")
    t=$(count "$tool_copy" "${args[@]}")
    printf '| %s | %s | %s | %s | %.4f |\n' "$set" "$([ "$set" = debian ] && find "$debian" -name '*.ko*' | wc -l || echo ${#args[@]})" \
        "$b" "$t" "$(echo "scale=6; $t / $b" | bc)"
done
