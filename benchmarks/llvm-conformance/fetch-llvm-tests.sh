#!/usr/bin/env bash
# Fetches LLVM 19.1.7's llvm/test/Bitcode, pinned by the SHA-256 of Debian's orig tarball, and unpacks it
# (only that folder) under DEST (default /var/tmp/llvm-src): DEST/llvm-toolchain-19_19.1.7/llvm/test/Bitcode.
#   usage: benchmarks/llvm-conformance/fetch-llvm-tests.sh [DEST]
# The tarball comes from Debian bookworm's source package llvm-toolchain-19 (1:19.1.7-3~deb12u1) through
# `apt-get source --download-only`, which needs a deb-src line, e.g. in /etc/apt/sources.list.d/deb-src.list:
#   deb-src http://deb.debian.org/debian bookworm main
# A tarball already in DEST is used when its hash matches.
set -euo pipefail
dest=${1:-/var/tmp/llvm-src}
tarball=llvm-toolchain-19_19.1.7.orig.tar.xz
sha256=ae498f3bc58ae2d9f64ef5f0c035c4240152bf015a5b7738b15c22e93bdc97ce
mkdir -p "$dest"
cd "$dest"
if ! [ -f "$tarball" ] || ! echo "$sha256  $tarball" | sha256sum -c --quiet 2>/dev/null; then
    apt-get source --download-only 'llvm-toolchain-19=1:19.1.7-3~deb12u1'
fi
echo "$sha256  $tarball" | sha256sum -c --quiet
tar -xJf "$tarball" 'llvm-toolchain-19_19.1.7/llvm/test/Bitcode'
echo "$dest/llvm-toolchain-19_19.1.7/llvm/test/Bitcode"
