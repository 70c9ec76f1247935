#!/bin/sh
# Assembles every cases/*.ll with llvm-as-22 into out/<case>.bc and records what llc-22 makes of it:
# out/<case>.llc22.txt, the undefined symbols of the object (llvm-nm-22 -u), one a line, sorted.
# llc flags: -O2 -filetype=obj -function-sections; -relocation-model=pic when the case has the module flag
# "PIC Level" (as the LTO backend decides from it), static otherwise, none (the target's default) when the case
# has a line "; reloc: default"; -code-model=large when it has "Code Model" 4.
# Rerun after changing a case; commit cases/, out/ and nothing else.
set -eu
cd "$(dirname "$0")"
mkdir -p out
for ll in cases/*.ll; do
    name=$(basename "$ll" .ll)
    flags="-relocation-model=static"
    grep -q '"PIC Level"' "$ll" && flags="-relocation-model=pic"
    grep -q '^; reloc: default' "$ll" && flags=""
    grep -q '"Code Model", i32 4' "$ll" && flags="$flags -code-model=large"
    llvm-as-22 "$ll" -o "out/$name.bc"
    # shellcheck disable=SC2086
    llc-22 -O2 -filetype=obj -function-sections $flags "$ll" -o "out/$name.o"
    llvm-nm-22 -u "out/$name.o" | awk '{print $NF}' | LC_ALL=C sort -u > "out/$name.llc22.txt"
    rm -f "out/$name.o"
done
