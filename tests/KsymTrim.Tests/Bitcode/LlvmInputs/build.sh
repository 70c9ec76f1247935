#!/usr/bin/env bash
# Rebuilds the generated files of this folder (see README.md): the mangling fixtures with llvm-as-19, padded copies
# of one, and every .bc's llvm-nm golden (LC_ALL=C llvm-nm-19 -P FILE, value and size dropped, sorted).
set -euo pipefail
cd "$(dirname "$0")"
for f in mangling-x86_64 mangling-i386 mangling-i686-windows; do
    llvm-as-19 -o "$f.bc" "$f.ll"
done
# ranlib pads archive members to 8 bytes with '\n'; Apple's ar leaves garbage (LLVM's test/Bitcode/padding.test)
{ cat mangling-x86_64.bc; printf '\n\n\n\n'; } > padded-newlines.bc
{ cat mangling-x86_64.bc; printf '\0\0\0\0\0\0\0\0'; } > padded-zeros.bc
{ cat mangling-x86_64.bc; printf 'garbage\n'; } > padded-garbage.bc
for f in *.bc llvm-test-bitcode/distringtype-backward.ll.bc; do
    LC_ALL=C llvm-nm-19 -P "$f" | sed -E 's/ (-+|[0-9a-f]+) [0-9a-f]+ *$//; s/ +$//' | LC_ALL=C sort > "$f.llvm-nm.txt"
done
