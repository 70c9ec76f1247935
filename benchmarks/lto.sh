#!/usr/bin/env bash
# Whole-command comparison over the Clang LTO corpus (../shared/corpus/lto-x86_64 and lto-arm64): the used set
# computed the kernel's way against ksymtrim reading the bitcode, in one session, same modules.
#
#   kernel way  what kbuild 5.12-6.4 does for CONFIG_TRIM_UNUSED_KSYMS with CONFIG_LTO_CLANG: one `ld.lld -r` per
#               module over its members in .mod order (the ThinLTO backend: full optimisation and code
#               generation), then `llvm-nm` of the native result, keeping the U lines, and `sort -u` of the union.
#               Linux 6.1's flags for lld 14 (top Makefile, arch/x86/Makefile, arch/arm64/Makefile,
#               scripts/Makefile.build cmd_ld_multi_m/cmd_ld_single_m):
#                 x86_64: -m elf_x86_64                 --thinlto-cache-dir=DIR -mllvm -import-instr-limit=5
#                 arm64:  -EL -maarch64elf -z norelro   --thinlto-cache-dir=DIR -mllvm -import-instr-limit=5
#               (x86's -plugin-opt=-code-model=kernel went away in 5.14 and -plugin-opt=-stack-alignment=8 is
#               passed only for lld < 13: the module flags carry both. --whole-archive, from 5.12-5.18's link of
#               the thin archive, changes nothing for plain member objects.) The cache starts empty, as in a
#               clean build. Timed once one module at a time (make -j1) and once with `xargs -P $(nproc)`;
#               objtool, which kbuild runs on the x86 result, is not run (it adds no undefined symbol), so the
#               kernel's real cost is a little higher.
#               Each module's result is checked against its truth.txt.
#   ksymtrim    `ksymtrim used` and `ksymtrim refs` over every module's thin archive <module>.a, one process.
#   llvm-nm     `llvm-nm -u` over every member, one process: the bitcode symbol tables only, for scale.
# ksymtrim and llvm-nm run RUNS times (default 3), alternating, and report the median; the kernel way runs once.
# Wall time and CPU time (user + system of every process) are both reported: on a busy machine wall time
# stretches, CPU time much less.
# The page cache is warmed first. The load average is printed: other work on the machine slows the long kernel
# way more than the short commands, so only a quiet run gives fair ratios.
#
#   usage: benchmarks/lto.sh [--runs N] [--tool PATH] [--src DIR] [--corpus DIR] [--no-parallel] [CORPUS...]
#     CORPUS       lto-x86_64, lto-arm64 (default: both)
#     --tool PATH  a built ksymtrim (KsymTrim.Tool apphost or Native AOT binary; also $KSYMTRIM_TOOL); without
#                  it the script publishes a Native AOT build from --src (default: this repository)
#     --src DIR    the checkout to build from, e.g. a `git worktree add /tmp/wt HEAD` when the tree is mid-change
#     --corpus DIR default: $KSYMTRIM_CORPUS or ../shared/corpus from the repository root
#     $LD_LLD, $LLVM_NM  the linker and nm (default: ld.lld-14 and llvm-nm-14, the corpus's LLVM)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=3; tool=${KSYMTRIM_TOOL:-}; src=$root; corpus=${KSYMTRIM_CORPUS:-$root/../shared/corpus}; parallel=1
corpora=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --tool) tool=$2; shift 2 ;;
        --src) src=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --no-parallel) parallel=0; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) corpora+=("$1"); shift ;;
    esac
done
[ ${#corpora[@]} -gt 0 ] || corpora=(lto-x86_64 lto-arm64)
ld=${LD_LLD:-ld.lld-14}; nm=${LLVM_NM:-llvm-nm-14}
for t in "$ld" "$nm" bc xargs /usr/bin/time; do
    command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 2; }
done
for c in "${corpora[@]}"; do
    [ -d "$corpus/$c" ] || { echo "no corpus folder $corpus/$c" >&2; exit 2; }
done

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ -z "$tool" ]; then
    command -v dotnet >/dev/null || { echo "missing tool: dotnet (or pass --tool)" >&2; exit 2; }
    echo "building ksymtrim (Release, Native AOT) from $src..." >&2
    dotnet publish "$src/src/KsymTrim.Tool" -c Release -r linux-x64 -p:PublishAot=true \
        -o "$work/aot" --artifacts-path "$work/obj" >/dev/null
    tool=$work/aot/KsymTrim.Tool
fi
[ -x "$tool" ] || { echo "not an executable: $tool" >&2; exit 2; }
nproc=$(nproc)
load0=$(cut -d' ' -f1-3 /proc/loadavg)

# One module the kernel's way: LDFLAGS and the tools come from the environment.
cat > "$work/link-one.sh" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
d=$1; out=$2; m=$(basename "$d")
members=()
while IFS= read -r p; do [ -n "$p" ] && members+=("$d/members/$p"); done < "$d/$m.mod"
# shellcheck disable=SC2086
"$LD_LLD" $LDFLAGS -r -o "$out/$m.o" --whole-archive "${members[@]}"
"$LLVM_NM" "$out/$m.o" | sed -n 's/^  *U //p' > "$out/$m.usyms"
EOF
chmod +x "$work/link-one.sh"
export LD_LLD=$ld LLVM_NM=$nm

# measure KEY COMMAND: run COMMAND (a bash string) and add its wall and CPU (user + system, children
# included) seconds to the samples of KEY.
declare -A wall cpu
measure() {
    /usr/bin/time -f '%e %U %S' -o "$work/time" bash -c "$2"
    read -r e u s < "$work/time"
    wall[$1]+="$e "
    cpu[$1]+="$(echo "$u + $s" | bc -l) "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
declare -A info         # info[corpus] = one line of counts
notes=()

for c in "${corpora[@]}"; do
    dir=$corpus/$c
    case "$c" in
        *x86_64*) arch="-m elf_x86_64" ;;
        *arm64*|*aarch64*) arch="-EL -maarch64elf -z norelro" ;;
        *) echo "cannot tell the architecture of $c" >&2; exit 2 ;;
    esac
    : > "$work/$c.dirs"; : > "$work/$c.archives"; : > "$work/$c.members"
    for d in "$dir"/*/; do
        d=${d%/}; m=$(basename "$d")
        [ -f "$d/$m.mod" ] && [ -f "$d/$m.a" ] || continue
        printf '%s\0' "$d" >> "$work/$c.dirs"
        printf '%s\0' "$d/$m.a" >> "$work/$c.archives"
        while IFS= read -r p; do [ -n "$p" ] && printf '%s\0' "$d/members/$p"; done < "$d/$m.mod" >> "$work/$c.members"
    done
    modules=$(tr -cd '\0' < "$work/$c.dirs" | wc -c)
    nmembers=$(tr -cd '\0' < "$work/$c.members" | wc -c)
    bytes=$(xargs -0 cat < "$work/$c.members" | wc -c)     # also warms the page cache
    info[$c]="$modules modules, $nmembers members, $bytes bytes"
    echo "$c: ${info[$c]}; kernel way, one module at a time..." >&2

    # The kernel way, one module at a time, then the used set as gen_autoksyms.sh makes it.
    out=$work/$c.out; mkdir -p "$out"
    export LDFLAGS="$arch --thinlto-cache-dir=$work/thinlto-cache -mllvm -import-instr-limit=5"
    rm -rf "$work/thinlto-cache"
    measure "$c,kernel-j1" "xargs -0 -P1 -I{} '$work/link-one.sh' {} '$out' < '$work/$c.dirs' &&
        cat '$out'/*.usyms | LC_ALL=C sort -u > '$work/$c.kernel-used'"

    # Did it reproduce kbuild's own result?
    match=0; mismatched=()
    while IFS= read -r -d '' d; do
        m=$(basename "$d")
        if cmp -s <(LC_ALL=C sort -u "$out/$m.usyms") <(LC_ALL=C sort -u "$d/truth.txt"); then
            match=$((match + 1))
        else
            mismatched+=("$m")
        fi
    done < "$work/$c.dirs"
    xargs -0 -I{} cat {}/truth.txt < "$work/$c.dirs" | LC_ALL=C sort -u > "$work/$c.truth-union"
    union=same; cmp -s "$work/$c.kernel-used" "$work/$c.truth-union" || union=different
    notes+=("$c: the kernel way reproduced truth.txt exactly for $match of $modules modules (union: $union)${mismatched[*]:+; differing: ${mismatched[*]}}")

    if [ "$parallel" = 1 ]; then
        echo "$c: kernel way with xargs -P $nproc..." >&2
        rm -rf "$work/thinlto-cache" "$out"; mkdir -p "$out"
        measure "$c,kernel-jN" "xargs -0 -P$nproc -I{} '$work/link-one.sh' {} '$out' < '$work/$c.dirs' &&
            cat '$out'/*.usyms | LC_ALL=C sort -u > /dev/null"
    fi
    rm -rf "$work/thinlto-cache" "$out"

    # ksymtrim and llvm-nm, alternating.
    echo "$c: ksymtrim and llvm-nm, $runs runs..." >&2
    xargs -0 "$tool" used < "$work/$c.archives" > "$work/$c.ksymtrim-used"
    for ((r = 0; r < runs; r++)); do
        measure "$c,used" "xargs -0 '$tool' used < '$work/$c.archives' > /dev/null"
        measure "$c,refs" "xargs -0 '$tool' refs < '$work/$c.archives' > /dev/null"
        measure "$c,llvm-nm" "xargs -0 '$nm' -u < '$work/$c.members' > /dev/null 2>&1"
    done

    # How close ksymtrim's used set is to the truth (the union of truth.txt, without __this_module).
    grep -vx '__this_module' "$work/$c.truth-union" > "$work/$c.truth" || true
    LC_ALL=C sort -u "$work/$c.ksymtrim-used" > "$work/$c.ours"
    missed=$(LC_ALL=C comm -23 "$work/$c.truth" "$work/$c.ours" | wc -l)
    extra=$(LC_ALL=C comm -13 "$work/$c.truth" "$work/$c.ours" | wc -l)
    notes+=("$c: ksymtrim used printed $(wc -l < "$work/$c.ours") symbols against $(wc -l < "$work/$c.truth") in the truth union: $missed missed, $extra extra")
done

echo "$(date -u +%Y-%m-%d), $nproc cores, load average $load0 at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end; ksymtrim: $tool"
for c in "${corpora[@]}"; do echo "$c: ${info[$c]}"; done
echo
echo "| corpus | command | wall s | CPU s | wall, ratio to ksymtrim used | CPU, ratio to ksymtrim used |"
echo "|---|---|---:|---:|---:|---:|"
row() {     # row CORPUS KEY LABEL
    local w u bw bu
    [ -n "${wall[$1,$2]:-}" ] || return 0
    w=$(echo "${wall[$1,$2]}" | median); u=$(echo "${cpu[$1,$2]}" | median)
    bw=$(echo "${wall[$1,used]}" | median); bu=$(echo "${cpu[$1,used]}" | median)
    printf '| %s | %s | %.2f | %.2f | %.1fx | %.1fx |\n' "$1" "$3" "$w" "$u" \
        "$(echo "$w / $bw" | bc -l)" "$(echo "$u / $bu" | bc -l)"
}
for c in "${corpora[@]}"; do
    row "$c" kernel-j1 "kernel way, one module at a time (\`ld.lld -r\` + \`llvm-nm\`, make -j1)"
    row "$c" kernel-jN "kernel way, \`xargs -P $nproc\`"
    row "$c" used "\`ksymtrim used\` over every \`<module>.a\`, one process"
    row "$c" refs "\`ksymtrim refs\` over every \`<module>.a\`, one process"
    row "$c" llvm-nm "\`$nm -u\` over every member, one process"
done
echo
for n in "${notes[@]}"; do echo "$n"; done
