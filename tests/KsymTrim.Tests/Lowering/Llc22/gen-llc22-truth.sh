#!/bin/sh
# gen-llc22-truth.sh - llc-22's truth for the lowering rows of LLVM 20..22 (Llc22TruthTests).
#
# For each CASE.ll here (one small module: triple, "target-cpu"/"target-features" and other function
# attributes in the IR, so the bitcode carries them): assemble it with llvm-as-22 into CASE.bc, compile it with
# `llc-22 -O2 -filetype=obj`, and write CASE.llc22.txt: the undefined symbols of the object that the bitcode
# does not itself name (llvm-nm-22 -u of the .bc), sorted, one per line: what code generation added.
# Run from anywhere; needs llvm-as-22, llc-22, llvm-nm-22. Deterministic; takes a few seconds.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ll in *.ll; do
    c=${ll%.ll}
    llvm-as-22 "$ll" -o "$c.bc"
    llc-22 -O2 -filetype=obj "$ll" -o "$tmp/$c.o"
    llvm-nm-22 -u "$tmp/$c.o" | awk '{print $NF}' | LC_ALL=C sort -u > "$tmp/obj.txt"
    { llvm-nm-22 -u "$c.bc" 2>/dev/null || true; } | awk '{print $NF}' | LC_ALL=C sort -u > "$tmp/ir.txt"
    LC_ALL=C comm -23 "$tmp/obj.txt" "$tmp/ir.txt" > "$c.llc22.txt"
done
