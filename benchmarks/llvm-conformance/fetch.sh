#!/usr/bin/env bash
# fetch.sh - LLVM 19.1.7's own regression tests, for codegen.py and bitcode-tests: llvm/test/CodeGen of the
# targets the lowering model knows (X86, AArch64, ARM, Thumb, Thumb2, RISCV, PowerPC, SystemZ) and llvm/test/Bitcode.
#
# They come from the upstream release tarball as Debian ships it (the orig tarball of the source package
# llvm-toolchain-19 1:19.1.7-3~deb12u1, bookworm), pinned by its SHA-256; only those folders are unpacked
# (about 280 MB). Nothing is installed. Prints the llvm/test folder.
#   usage: benchmarks/llvm-conformance/fetch.sh [DIR]
#     DIR  where to keep it (default: ${XDG_CACHE_HOME:-~/.cache}/ksymtrim/llvm-19.1.7)
#   LLVM_TARBALL=PATH uses a tarball already here instead of downloading it (it is checked all the same).
set -euo pipefail
dir=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/ksymtrim/llvm-19.1.7}
url=http://deb.debian.org/debian/pool/main/l/llvm-toolchain-19/llvm-toolchain-19_19.1.7.orig.tar.xz
sha256=ae498f3bc58ae2d9f64ef5f0c035c4240152bf015a5b7738b15c22e93bdc97ce
top=llvm-toolchain-19_19.1.7
if [ -f "$dir/.complete" ]; then echo "$dir/$top/llvm/test"; exit 0; fi
mkdir -p "$dir"
tarball=${LLVM_TARBALL:-$dir/llvm-toolchain-19_19.1.7.orig.tar.xz}
if [ ! -f "$tarball" ]; then
    echo "fetch.sh: downloading $url (164 MB)" >&2
    curl -sS --fail -o "$tarball.part" "$url"
    mv "$tarball.part" "$tarball"
fi
echo "$sha256  $tarball" | sha256sum -c --quiet - >&2 || { echo "fetch.sh: $tarball is not the pinned tarball" >&2; exit 1; }
folders=()
for d in X86 AArch64 ARM Thumb Thumb2 RISCV PowerPC SystemZ; do folders+=("$top/llvm/test/CodeGen/$d"); done
folders+=("$top/llvm/test/Bitcode")
tar -xJf "$tarball" -C "$dir" "${folders[@]}"
[ -n "${LLVM_TARBALL:-}" ] || rm -f "$tarball"
touch "$dir/.complete"
echo "$dir/$top/llvm/test"
