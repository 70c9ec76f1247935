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
rm -rf "$min"
# AFL_ALLOW_TMP: the scratch folder is under /var/tmp, private to this user.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=120000 AFL_ALLOW_TMP=1
afl-cmin -i "$queue" -o "$min" -t 5000 -m none -- "$(readlink -f "$(command -v dotnet)")" "$scratch/build/KsymTrim.Fuzz.dll" "$target" >"$scratch/$target/cmin.log" 2>&1 \
    || { tail -20 "$scratch/$target/cmin.log" >&2; exit 1; }
dest=$here/corpus/$target
rm -rf "$dest"
mkdir -p "$dest"
for f in "$min"/*; do cp "$f" "$dest/$(sha1sum "$f" | cut -c1-16)"; done
echo "$target: $(ls "$queue" | grep -c '^id') queue entries -> $(ls "$dest" | wc -l) in fuzz/corpus/$target ($(du -sh "$dest" | cut -f1))"
