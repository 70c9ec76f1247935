#!/usr/bin/env bash
# compare.sh - `ksymtrim used` of two commits side by side, in one run: did a change slow it down?
#
# Builds the Native AOT tool from BASE (a git worktree of that commit) and from the working tree, warms the page
# cache, then runs `used` over each input set N times, the two builds alternating, and prints the median wall
# time of each and their ratio (this tree / BASE). The input sets: Debian's native modules (when fetched, see
# ../shared/corpus/fetch-debian-modules.sh) and every LTO corpus of ../shared/corpus (one thin archive per module).
#   usage: benchmarks/compare.sh [--runs N] [--jobs J] [--base-tool PATH] [--tool PATH] BASE
#     --runs N          runs per build and input set (default 11)
#     --jobs J          passed to used as --jobs (default: the tool's default, the processor count)
#     --base-tool PATH  an already built tool for BASE (skips its build)
#     --tool PATH       an already built tool for this tree (skips its build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=11; jobs=; base_tool=; tool=
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --base-tool) base_tool=$2; shift 2 ;;
        --tool) tool=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) base=$1; shift ;;
    esac
done
[ -n "${base:-}" ] || { echo "usage: benchmarks/compare.sh [--runs N] BASE" >&2; exit 2; }
corpus=${KSYMTRIM_CORPUS:-$root/../shared/corpus}
debian=${KSYMTRIM_DEBIAN_MODULES:-/var/tmp/ksymtrim-debian}/lib/modules

work=$(mktemp -d)
cleanup() { git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
publish() { # SRC OUT
    dotnet publish "$1/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true -o "$2" --artifacts-path "$2.obj" >/dev/null
    echo "$2/KsymTrim.Tool"
}
if [ -z "$base_tool" ]; then
    echo "building $base (Native AOT)..." >&2
    git -C "$root" worktree add --detach "$work/base-src" "$base" >/dev/null 2>&1
    base_tool=$(publish "$work/base-src" "$work/base")
fi
if [ -z "$tool" ]; then
    echo "building the working tree (Native AOT)..." >&2
    tool=$(publish "$root" "$work/head")
fi

sets=()
[ -d "$debian" ] && sets+=("debian")
for c in lto-x86_64 lto-arm64 lto-x86_64-612 lto-arm64-612; do [ -d "$corpus/$c" ] && sets+=("$c"); done
inputs() { # SET -> arguments of used
    if [ "$1" = debian ]; then echo "$debian"
    else for d in "$corpus/$1"/*/; do m=$(basename "$d"); [ -f "$d/$m.a" ] && echo "$d$m.a"; done
    fi
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }
printf '| input | modules | %s (s) | this tree (s) | ratio |\n|---|---:|---:|---:|---:|\n' "$base"
for set in "${sets[@]}"; do
    mapfile -t args < <(inputs "$set")
    count=${#args[@]}; [ "$set" = debian ] && count=$(find "$debian" -name '*.ko' | wc -l)
    extra=(); [ -n "$jobs" ] && extra=(--jobs "$jobs")
    for t in "$base_tool" "$tool"; do "$t" used "${extra[@]}" "${args[@]}" >/dev/null 2>&1 || true; done # warm up
    : > "$work/a"; : > "$work/b"
    for ((i = 0; i < runs; i++)); do
        s=$(now); "$base_tool" used "${extra[@]}" "${args[@]}" >/dev/null 2>&1 || true; e=$(now); awk "BEGIN {print $e - $s}" >> "$work/a"
        s=$(now); "$tool" used "${extra[@]}" "${args[@]}" >/dev/null 2>&1 || true; e=$(now); awk "BEGIN {print $e - $s}" >> "$work/b"
    done
    a=$(median < "$work/a"); b=$(median < "$work/b")
    printf '| %s | %s | %.3f | %.3f | %.3f |\n' "$set" "$count" "$a" "$b" "$(awk "BEGIN {print $b / $a}")"
done
