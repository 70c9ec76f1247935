#!/usr/bin/env bash
# `ksymtrim kmi` against Android's extract_symbols on a GKI-like tree made from Debian's 6.1 amd64 modules:
# the modules of drivers/net/ and sound/ lose their signatures (vendor modules), the others stay signed (GKI
# modules), and vmlinux is an object whose __ksymtab_NAME symbols are Module.symvers' vmlinux exports.
# Both make the list with each option set; the outputs (list, module lists, stdout, exit status) are compared
# byte for byte, and the wall times of the first option set are reported with their ratio.
#
#   usage: benchmarks/kmi.sh ANDROID_ABI_DIR [--runs N]
#     ANDROID_ABI_DIR  a folder holding Android's extract_symbols.py and symbol_extraction.py (kernel_build's
#                      abi/, e.g. MiCode/kernel_build at 47e2c1f031; not part of this repository)
#   needs: Debian's modules (../shared/corpus/fetch-debian-modules.sh /var/tmp/ksymtrim-debian), python3,
#          llvm-nm, modinfo (kmod), clang-14
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
abi=${1:?usage: benchmarks/kmi.sh ANDROID_ABI_DIR [--runs N]}; shift
runs=3
[ "${1:-}" = --runs ] && runs=$2
debian=${KSYMTRIM_DEBIAN_MODULES:-/var/tmp/ksymtrim-debian}
modules=$(echo "$debian"/lib/modules/*/kernel)
symvers=$(echo "$debian"/usr/src/linux-headers-*/Module.symvers)
[ -d "$modules" ] && [ -f "$symvers" ] || { echo "no Debian modules in $debian" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "building ksymtrim (Native AOT)..." >&2
dotnet publish "$root/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --artifacts-path "$work/obj" >/dev/null
ksymtrim=$work/aot/ksymtrim
[ -x "$ksymtrim" ] || ksymtrim=$work/aot/KsymTrim.Tool

echo "making the tree..." >&2
tree=$work/tree
mkdir -p "$tree"
{ echo '.section __ksymtab,"a"'; awk -F'\t' '$3=="vmlinux"{print "__ksymtab_" $2 ":\n .long 0"}' "$symvers"; } > "$work/vmlinux.s"
clang-14 --target=x86_64-linux-gnu -c "$work/vmlinux.s" -o "$tree/vmlinux"
(cd "$modules" && find . -name '*.ko') | while read -r f; do
    mkdir -p "$tree/$(dirname "$f")"
    case "$f" in
        ./drivers/net/* | ./sound/*) # drop the signature: data, 12-byte information block, 28-byte magic
            python3 -c 'import sys,struct; b=open(sys.argv[1],"rb").read(); n=struct.unpack(">I",b[-32:-28])[0]; open(sys.argv[2],"wb").write(b[:len(b)-40-n])' \
                "$modules/$f" "$tree/$f" ;;
        *) ln -s "$modules/$f" "$tree/$f" ;;
    esac
done
echo "$(find "$tree" -name '*.ko' | wc -l) modules, $(find "$tree" -name '*.ko' -type f | wc -l) unsigned" >&2

sets=("--include-module-exports --emit-module-symbol-lists --print-modules" "" "--skip-module-grouping"
      "--full-gki-abi" "--additions-only" "--additions-only --skip-module-grouping" "--module-filter ^snd --module-filter 8021q")
status=0
for i in "${!sets[@]}"; do
    args=${sets[$i]}
    for who in android ours; do
        mkdir -p "$work/$i/$who"
        # --additions-only: a list to keep, the script's own first 200 lines and a name nothing exports
        [ -f "$work/existing" ] && case "$args" in *additions-only*) cp "$work/existing" "$work/$i/$who/list" ;; esac
    done
    # shellcheck disable=SC2086
    ( cd "$work" && LC_ALL=C python3 -E -B "$abi/extract_symbols.py" tree --symbol-list "$i/android/list" $args > "$i/android/stdout"; echo $? > "$i/android/exit" ) || true
    # shellcheck disable=SC2086
    ( cd "$work" && "$ksymtrim" kmi tree --symbol-list "$i/ours/list" $args --no-runtime-lookups > "$i/ours/stdout"; echo $? > "$i/ours/exit" ) || true
    [ -f "$work/existing" ] || { head -200 "$work/0/android/list" > "$work/existing"; echo "  not_a_symbol_anywhere" >> "$work/existing"; }
    if diff -r "$work/$i/android" "$work/$i/ours" >/dev/null; then r=identical; else r=DIFFERENT; status=1; fi
    echo "[$args] $r ($(ls "$work/$i/android" | wc -l) files)"
done

echo "timing ($runs runs each, alternating, first option set)..." >&2
for who in android ours; do : > "$work/times-$who"; done
for _ in $(seq "$runs"); do
    s=$(date +%s.%N); ( cd "$work" && LC_ALL=C python3 -E -B "$abi/extract_symbols.py" tree --symbol-list t.list ${sets[0]} >/dev/null ); e=$(date +%s.%N)
    echo "$e - $s" | bc >> "$work/times-android"
    s=$(date +%s.%N); ( cd "$work" && "$ksymtrim" kmi tree --symbol-list t.list ${sets[0]} --no-runtime-lookups >/dev/null ); e=$(date +%s.%N)
    echo "$e - $s" | bc >> "$work/times-ours"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
a=$(median "$work/times-android"); o=$(median "$work/times-ours")
printf 'extract_symbols  %8.2f s\nksymtrim kmi     %8.2f s\nratio            %8.0fx\n' "$a" "$o" "$(echo "$a / $o" | bc -l)"
exit $status
