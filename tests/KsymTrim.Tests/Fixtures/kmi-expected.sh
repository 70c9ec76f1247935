#!/usr/bin/env bash
# kmi-expected.sh ABI_DIR - regenerate out/kmi/expected/: what Android's
# abi/extract_symbols.py prints for the tree out/kmi/tree/ (built by
# `./build.sh kmi`), for each case of the list below.
#
# ABI_DIR holds Android's extract_symbols.py and symbol_extraction.py (AOSP
# kernel/build, as in MiCode/kernel_build at commit 47e2c1f031). They are not
# in this repository; fetch them, e.g.:
#   git -C kernel_build show 47e2c1f031:abi/extract_symbols.py >DIR/extract_symbols.py
#   git -C kernel_build show 47e2c1f031:abi/symbol_extraction.py >DIR/symbol_extraction.py
# The script runs `llvm-nm` and `modinfo` (kmod) from PATH.
#
# Each case runs `python3 extract_symbols.py tree ARGS` with LC_ALL=C, in
# out/kmi/, stdout redirected to a file, and writes expected/NAME/:
#   stdout   the script's stdout (a regular file, not a terminal or pipe)
#   stdout.pipe  (only when the list goes to stdout) its stdout through a pipe
#   exit     its exit status
#   list     the symbol list, when ARGS has --symbol-list LIST (or --whitelist LIST);
#            for --additions-only, a copy of existing_list is put there first
#   list_M   the per-module lists of --emit-module-symbol-lists
# expected/cases.tsv has one line per case: NAME<TAB>ARGS, ARGS separated by
# single spaces exactly as passed after the directory, with LIST standing
# for expected/NAME/list.
set -euo pipefail
[ $# = 1 ] || { echo "usage: $0 DIR-WITH-extract_symbols.py" >&2; exit 2; }
abi=$(readlink -f "$1")
for f in extract_symbols.py symbol_extraction.py; do
	[ -f "$abi/$f" ] || { echo "kmi-expected.sh: no $abi/$f" >&2; exit 1; }
done
# the files at 47e2c1f031; another version may give other results (then say so in README.md)
while read -r sum f; do
	[ "$(sha256sum <"$abi/$f" | cut -d' ' -f1)" = "$sum" ] ||
		echo "kmi-expected.sh: warning: $f is not the version of kernel_build 47e2c1f031" >&2
done <<'EOS'
4140a374d52e81d72a96ed53832e577560e456a1f20ab84c5374ff8f7d319982 extract_symbols.py
35bf6cf2661127b5d988da6019c2f49018a24f8a6375b522fa258f1db62f86b4 symbol_extraction.py
EOS
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/out/kmi"
[ -f tree/vmlinux ] || { echo "kmi-expected.sh: no out/kmi/tree: run ./build.sh kmi" >&2; exit 1; }
export LC_ALL=C TZ=UTC PATH=$PATH:/usr/sbin:/sbin
for t in python3 llvm-nm modinfo; do
	command -v "$t" >/dev/null || { echo "kmi-expected.sh: $t missing" >&2; exit 1; }
done

# name | arguments after the directory (LIST: expected/NAME/list)
cases=(
	"default|"
	"symbol-list|--symbol-list LIST"
	"skip-module-grouping|--symbol-list LIST --skip-module-grouping"
	"include-module-exports|--symbol-list LIST --include-module-exports"
	"full-gki-abi|--symbol-list LIST --full-gki-abi"
	"full-gki-abi-skip-grouping|--symbol-list LIST --full-gki-abi --skip-module-grouping"
	"full-gki-abi-emit|--symbol-list LIST --full-gki-abi --emit-module-symbol-lists"
	"emit-module-lists|--symbol-list LIST --emit-module-symbol-lists"
	"additions-only|--symbol-list LIST --additions-only"
	"additions-only-skip-grouping|--symbol-list LIST --additions-only --skip-module-grouping"
	"additions-only-include-exports|--symbol-list LIST --additions-only --include-module-exports"
	"print-modules|--symbol-list LIST --print-modules"
	"skip-report-missing|--symbol-list LIST --skip-report-missing"
	"module-filter|--symbol-list LIST --module-filter snd_"
	"module-filter-twice|--symbol-list LIST --module-filter ^snd_codec --module-filter core"
	"module-filter-gki-only|--symbol-list LIST --module-filter ^gki_ --print-modules"
	"module-filter-none|--symbol-list LIST --module-filter nomatch_xyz"
	"exports-emit-print|--symbol-list LIST --include-module-exports --emit-module-symbol-lists --print-modules"
	"whitelist-aliases|--whitelist LIST --emit-module-whitelists"
	"stdout-skip-report|--skip-report-missing"
	"stdout-print-modules|--print-modules"
	"stdout-skip-grouping|--skip-module-grouping --skip-report-missing"
	"emit-without-list|--emit-module-symbol-lists"
)

rm -rf expected
mkdir expected
for c in "${cases[@]}"; do
	name=${c%%|*}
	args=${c#*|}
	printf '%s\t%s\n' "$name" "$args" >>expected/cases.tsv
	d=expected/$name
	mkdir "$d"
	argv=()
	[ -n "$args" ] && read -r -a argv <<<"$args"
	for i in "${!argv[@]}"; do
		[ "${argv[$i]}" = LIST ] && argv[$i]=$d/list
	done
	case " $args " in *" --additions-only "*) cp existing_list "$d/list" ;; esac
	rc=0
	python3 -E -B "$abi/extract_symbols.py" tree ${argv[@]+"${argv[@]}"} >"$d/stdout" 2>"$d/stderr" || rc=$?
	echo "$rc" >"$d/exit"
	# the list on stdout: also through a pipe, where the writes keep their order (see README.md)
	case " $args " in
	*" --symbol-list "* | *" --whitelist "*) ;;
	*)
		set +e
		python3 -E -B "$abi/extract_symbols.py" tree ${argv[@]+"${argv[@]}"} 2>>"$d/stderr" | cat >"$d/stdout.pipe"
		prc=${PIPESTATUS[0]}
		set -e
		[ "$prc" = "$rc" ] || { echo "kmi-expected.sh: $name: another exit status through a pipe" >&2; exit 1; }
		;;
	esac
	if [ -s "$d/stderr" ]; then
		echo "kmi-expected.sh: $name: the script wrote to stderr:" >&2
		cat "$d/stderr" >&2
		exit 1
	fi
	rm "$d/stderr"
done

# no file may name this machine's paths, nor any absolute path
here=$(pwd)
if grep -rlF -e "$here" -e "$abi" -e "${HOME:-/nonexistent}" expected; then
	echo "kmi-expected.sh: the files above hold this machine's paths" >&2
	exit 1
fi
if grep -rlE '(^|[ "'\''=])/[A-Za-z]' expected; then
	echo "kmi-expected.sh: the files above hold an absolute path" >&2
	exit 1
fi
echo "kmi-expected.sh: $(wc -l <expected/cases.tsv) cases written to $here/expected" >&2
