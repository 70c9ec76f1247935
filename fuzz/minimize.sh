#!/usr/bin/env bash
# Minimizes a campaign's queue into the committed corpus: fuzz/minimize.sh TARGET
# afl-cmin keeps the smallest inputs that together cover every edge the queue covers (run after fuzz/run.sh, with
# its instrumented build); the result replaces fuzz/corpus/TARGET, files renamed to their SHA-1 (stable names).
set -euo pipefail
target=${1:?usage: fuzz/minimize.sh TARGET}
here=$(cd "$(dirname "$0")" && pwd)
scratch=${KSYMTRIM_FUZZ_DIR:-/var/tmp/ksymtrim-fuzz}
queue=$scratch/$target/out/default/queue
min=$scratch/$target/cmin
if [ "${KSYMTRIM_FUZZ_REUSE_CMIN:-0}" != 1 ] || [ ! -d "$min" ]; then
rm -rf "$min"
# AFL_ALLOW_TMP: the scratch folder is under /var/tmp, private to this user.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=120000 AFL_ALLOW_TMP=1
afl-cmin -i "$queue" -o "$min" -t 5000 -m none -- "$(readlink -f "$(command -v dotnet)")" "$scratch/build/KsymTrim.Fuzz.dll" "$target" >"$scratch/$target/cmin.log" 2>&1 \
    || { tail -20 "$scratch/$target/cmin.log" >&2; exit 1; }
fi
# The repository keeps a modest corpus: afl-cmin's files smallest first, up to KSYMTRIM_FUZZ_CORPUS_BYTES (default
# 512 KiB) per target. afl-cmin keeps the smallest file for each edge, so the large files left out cover few edges.
budget=${KSYMTRIM_FUZZ_CORPUS_BYTES:-524288}
dest=$here/corpus/$target
rm -rf "$dest"
mkdir -p "$dest"
total=0 kept=0 dropped=0
while read -r size f; do
    if [ $((total + size)) -gt "$budget" ]; then dropped=$((dropped + 1)); continue; fi
    cp "$f" "$dest/$(sha1sum "$f" | cut -c1-16)"
    total=$((total + size)) kept=$((kept + 1))
done < <(find "$min" -type f -printf '%s %p\n' | sort -n)
echo "$target: $(ls "$queue" | grep -c '^id') queue entries -> afl-cmin $(ls "$min" | wc -l) -> $kept kept in fuzz/corpus/$target ($total bytes; $dropped largest left out)"
