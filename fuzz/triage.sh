#!/usr/bin/env bash
# Replays a campaign's crashes and hangs through the build that is not instrumented: fuzz/triage.sh TARGET
# Each file runs three times in one process: the first run pays for JIT compilation, the later ones show what the
# input itself costs (afl-fuzz also saves a "hang" when the shared machine stalls the target for 2 s). A crash
# prints its exception and stack.
set -uo pipefail
target=${1:?usage: fuzz/triage.sh TARGET}
here=$(cd "$(dirname "$0")" && pwd)
scratch=${KSYMTRIM_FUZZ_DIR:-/var/tmp/ksymtrim-fuzz}
dotnet build "$here/KsymTrim.Fuzz" -c Release --nologo -v quiet >/dev/null
dll=$here/KsymTrim.Fuzz/bin/Release/net10.0/KsymTrim.Fuzz.dll
for kind in crashes hangs; do
    for f in "$scratch/$target/out/default/$kind"/id*; do
        [ -f "$f" ] || continue
        cp "$f" "$scratch/$target/triage.bin"
        echo "== $kind/$(basename "$f")"
        timeout 120 dotnet "$dll" "$target" "$scratch/$target/triage.bin" "$scratch/$target/triage.bin" "$scratch/$target/triage.bin" 2>&1 \
            | sed "s|$scratch/$target/triage.bin: ||" | head -40
    done
done
