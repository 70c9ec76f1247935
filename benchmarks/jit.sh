#!/usr/bin/env bash
# `ksymtrim used` as each kind of user runs it, side by side in one session (issue 15): the Native AOT build (the
# linux-x64 and linux-arm64 tool packages), the build output that `dotnet run` starts (a Release build by default,
# with the library's ReadyToRun image for this machine) and the one `dotnet run -c Debug` starts (IL, which the JIT
# compiles without optimisation: for the debugger), the framework-dependent `any` tool package, and a program that embeds
# the library package (benchmarks/KsymTrim.Embedded), with the SDK's default runtime settings and with the ones
# docs/library.md recommends for a short batch program (TieredPGO off, no concurrent GC, the LOH threshold at 16 MiB,
# given here as the environment variables that stand for those runtimeconfig settings). Every command runs RUNS
# times, alternating, over the same inputs with the page cache warm; the median wall and CPU (user + system) time
# and the ratios to Native AOT are reported. Outputs are compared with Native AOT's, byte for byte.
#
#   usage: benchmarks/jit.sh [--runs N] [--corpus lto|debian|all]
#     lto     every <module>.a of ../shared/corpus/lto-x86_64 (Clang LTO bitcode)
#     debian  $KSYMTRIM_DEBIAN_MODULES/lib/modules (default /var/tmp/ksymtrim-debian; see
#             ../shared/corpus/fetch-debian-modules.sh)
#   `dotnet run` itself adds the SDK's project evaluation before it starts the same process: timed once, apart.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=5; which=all
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --corpus) which=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES=$work/nuget   # local packages all have one version: a private cache never holds a stale one
echo "building: Native AOT, the Release and Debug build outputs, the library package and the any tool package, the embedding program..." >&2
{
    dotnet publish "$root/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --artifacts-path "$work/obj-aot"
    dotnet build "$root/src/KsymTrim.Tool" -c Release -o "$work/run" --artifacts-path "$work/obj-run"
    dotnet build "$root/src/KsymTrim.Tool" -c Debug -o "$work/debug" --artifacts-path "$work/obj-debug"
    dotnet pack "$root/src/KsymTrim" -c Release -o "$work/feed" --artifacts-path "$work/obj-lib"
    dotnet pack "$root/src/KsymTrim.Tool" -c Release -r any -p:KsymTrimFeed="$work/feed" -o "$work/feed" --artifacts-path "$work/obj-any"
    dotnet build "$root/benchmarks/KsymTrim.Embedded" -c Release -p:KsymTrimFeed="$work/feed" -o "$work/embedded" --artifacts-path "$work/obj-emb"
} > "$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
mkdir -p "$work/any" && (cd "$work/any" && unzip -q "$work/feed/KsymTrim.Tool.any."*.nupkg)
any=$(echo "$work"/any/tools/net*/any/KsymTrim.Tool.dll)

inputs=()
case $which in lto|all) inputs+=(lto) ;; esac
case $which in debian|all) inputs+=(debian) ;; esac
names=(aot dotnet-run any-package embedded embedded-recommended dotnet-run-c-debug)
declare -A cmd
cmd[aot]="'$work/aot/KsymTrim.Tool' used"
cmd[dotnet-run]="dotnet '$work/run/KsymTrim.Tool.dll' used"
cmd[dotnet-run-c-debug]="dotnet '$work/debug/KsymTrim.Tool.dll' used"
cmd[any-package]="dotnet '$any' used"
cmd[embedded]="dotnet '$work/embedded/KsymTrim.Embedded.dll'"
cmd[embedded-recommended]="DOTNET_TieredPGO=0 DOTNET_gcConcurrent=0 DOTNET_GCLOHThreshold=1000000 dotnet '$work/embedded/KsymTrim.Embedded.dll'"
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

for corpus in "${inputs[@]}"; do
    case $corpus in
        lto) args=$(ls "$root"/../shared/corpus/lto-x86_64/*/*.a | sed "s/.*/'&'/" | tr '\n' ' '); label="lto-x86_64: $(ls "$root"/../shared/corpus/lto-x86_64/*/*.a | wc -l) LTO modules" ;;
        debian) d=${KSYMTRIM_DEBIAN_MODULES:-/var/tmp/ksymtrim-debian}/lib/modules
                [ -d "$d" ] || { echo "no $d: skipping Debian" >&2; continue; }
                args="'$d'"; label="Debian: $(find "$d" -name '*.ko' | wc -l) native modules" ;;
    esac
    eval "${cmd[aot]} $args" > "$work/expected" 2>/dev/null
    declare -A wall=() cpu=()
    for ((r = 0; r < runs; r++)); do
        for n in "${names[@]}"; do
            /usr/bin/time -f '%e %U %S' -o "$work/time" sh -c "${cmd[$n]} $args > '$work/out' 2>/dev/null"
            cmp -s "$work/out" "$work/expected" || { echo "$n: output differs from Native AOT's on $corpus" >&2; exit 1; }
            read -r e u s < "$work/time"
            wall[$n]+="$e "; cpu[$n]+="$(echo "$u + $s" | bc -l) "
        done
    done
    echo
    echo "$label, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
    echo
    echo "| command | wall s | CPU s | wall, ratio to Native AOT | CPU, ratio to Native AOT |"
    echo "|---|---:|---:|---:|---:|"
    bw=$(echo "${wall[aot]}" | median); bc_=$(echo "${cpu[aot]}" | median)
    for n in "${names[@]}"; do
        w=$(echo "${wall[$n]}" | median); c=$(echo "${cpu[$n]}" | median)
        printf '| %s | %s | %s | %.2fx | %.2fx |\n' "$n" "$w" "$c" "$(echo "$w / $bw" | bc -l)" "$(echo "$c / $bc_" | bc -l)"
    done
    unset wall cpu
done
echo
(cd "$root" && dotnet build src/KsymTrim.Tool > /dev/null)   # so that the next line times no build
t0=$(date +%s.%N); (cd "$root" && dotnet run --project src/KsymTrim.Tool -- --version > /dev/null); t1=$(date +%s.%N)
printf '`dotnet run -- --version`, built already (the SDK evaluates the project and checks it is up to date, then starts the process above): %.2f s\n' "$(echo "$t1 - $t0" | bc -l)"
