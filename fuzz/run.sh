#!/usr/bin/env bash
# Runs one coverage-guided fuzz campaign: fuzz/run.sh TARGET SECONDS
#   TARGET: elf | ar | bitcode | module-asm | inline-asm | compressed (see fuzz/README.md)
# Installs what it needs (afl++ from apt when afl-fuzz is missing and we are root; the SharpFuzz.CommandLine
# dotnet tool into a local tool path), publishes fuzz/KsymTrim.Fuzz, instruments its copy of KsymTrim.dll, writes
# seeds (fuzz/seeds.py) and runs afl-fuzz for SECONDS. Everything goes under $KSYMTRIM_FUZZ_DIR
# (default /var/tmp/ksymtrim-fuzz), never into the repository:
#   build/            the published, instrumented harness (shared by every target)
#   TARGET/in         the seeds;  TARGET/out/default  afl-fuzz's queue, crashes/, hangs/, fuzzer_stats
# Environment: AFL_EXTRA_ARGS (appended to afl-fuzz's options), KSYMTRIM_FUZZ_REBUILD=1 (publish again).
set -euo pipefail

target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
case "$target" in elf|ar|bitcode|module-asm|inline-asm|compressed) ;; *) echo "unknown target $target" >&2; exit 2;; esac

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
scratch=${KSYMTRIM_FUZZ_DIR:-/var/tmp/ksymtrim-fuzz}
build=$scratch/build
tools=$scratch/tools
mkdir -p "$scratch"

# --- tools
if ! command -v afl-fuzz >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y afl++ >/dev/null || { apt-get update >/dev/null && apt-get install -y afl++ >/dev/null; }
    else echo "afl-fuzz is missing: install afl++ (apt-get install afl++)" >&2; exit 1; fi
fi
if [ ! -x "$tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

# --- build once (several campaigns may start together: one builds, the others wait)
exec 9>"$scratch/build.lock"
flock 9
if [ ! -f "$build/.instrumented" ] || [ "${KSYMTRIM_FUZZ_REBUILD:-0}" = 1 ]; then
    rm -rf "$build"
    dotnet publish "$repo/fuzz/KsymTrim.Fuzz/KsymTrim.Fuzz.csproj" -c Release -o "$build" --nologo -v quiet >/dev/null
    # Our library, and the managed decompressors the compressed target drives (xz: SharpCompress, zstd: ZstdSharp;
    # gzip is the runtime's native zlib and is not instrumented). The other targets never load those two.
    for dll in KsymTrim.dll SharpCompress.dll ZstdSharp.dll; do "$tools/sharpfuzz" "$build/$dll"; done
    touch "$build/.instrumented"
fi
flock -u 9

# --- seeds
work=$scratch/$target
rm -rf "$work/in"
python3 "$here/seeds.py" "$target" "$work/in"

dict=()
case "$target" in module-asm|inline-asm) dict=(-x "$here/dict/asm.dict");; esac

# --- fuzz
export AFL_SKIP_BIN_CHECK=1            # a .NET program: no AFL instrumentation in the binary afl-fuzz starts
export AFL_NO_UI=1
export AFL_NO_AFFINITY=1               # the machine is shared: do not pin cores
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=120000   # the runtime's start-up, JIT and all, under load
export AFL_FAST_CAL=1
export DOTNET_TieredPGO=0
export DOTNET_gcServer=0
resume=-
[ -d "$work/out/default/queue" ] && [ "$(ls "$work/out/default/queue" | wc -l)" -gt 0 ] && export AFL_AUTORESUME=1 || resume=
echo "fuzzing $target for $seconds s: $work/out/default"
# shellcheck disable=SC2086
afl-fuzz -i "$work/in" -o "$work/out" -V "$seconds" -t 2000 -m none "${dict[@]}" ${AFL_EXTRA_ARGS:-} \
    -- dotnet "$build/KsymTrim.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log" >&2; exit 1; }
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|paths_total|saved_crashes|unique_crashes|saved_hangs|unique_hangs|stability|bitmap_cvg)' \
    "$work/out/default/fuzzer_stats" || true
