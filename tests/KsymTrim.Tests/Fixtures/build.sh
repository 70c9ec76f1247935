#!/usr/bin/env bash
# build.sh - rebuild every KsymTrim test fixture under out/ from src/.
#
# Deterministic: rerunning produces identical bytes (relative paths, no -g,
# -fno-ident, llvm-ar's default deterministic mode, gzip -n, xz -T1).
# The outputs are committed so the tests need none of these tools.
# See README.md for what each file exercises.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
export LC_ALL=C
export TZ=UTC
umask 022

# --------------------------------------------------------------------------
# tools
# --------------------------------------------------------------------------
pkgs=()
command -v clang-14 >/dev/null || pkgs+=(clang-14)
command -v ld.lld-14 >/dev/null || pkgs+=(lld-14)
{ command -v llvm-ar-14 && command -v llvm-nm-14 && command -v llvm-cat-14; } >/dev/null || pkgs+=(llvm-14)
# GNU nm/readelf/objcopy must understand every architecture (binutils-multiarch)
if ! command -v nm >/dev/null || ! nm --help 2>&1 | grep -q 'elf64-s390' \
   || ! command -v objcopy >/dev/null || ! command -v readelf >/dev/null; then
	pkgs+=(binutils-multiarch)
fi
command -v xz >/dev/null || pkgs+=(xz-utils)
command -v zstd >/dev/null || pkgs+=(zstd)
command -v gzip >/dev/null || pkgs+=(gzip)
command -v python3 >/dev/null || pkgs+=(python3)
# install_missing PKG...: installs Debian packages when run as root (the package lists may be older than a
# package, as clang-22 in bookworm-security: then update them once and try again); otherwise says what to install
install_missing() {
	(($#)) || return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "build.sh: installing $*" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get install -y --no-install-recommends "$@" ||
			{ apt-get update && apt-get install -y --no-install-recommends "$@"; }
	else
		echo "build.sh: missing tools; install: $*" >&2
		exit 1
	fi
}
install_missing "${pkgs[@]}"

CC=clang-14
AR=llvm-ar-14
LD=ld.lld-14
LLNM=llvm-nm-14
CFLAGS=(-ffreestanding -fno-builtin -nostdinc -fno-asynchronous-unwind-tables
	-fno-unwind-tables -fno-pic -fno-pie -fno-stack-protector -fno-ident -O2 -Wall)
X86_64_KFLAGS=(-mcmodel=kernel -mno-red-zone)

# --------------------------------------------------------------------------
# 6. exports looked up by name at run time (src/lookups/ -> out/lookups/):
# __symbol_get/__symbol_put with constant, selected, phi'd and computed names,
# a name passed through a module-internal helper, dvb_attach(), the 6.14
# .no_trim_symbol section, and a decoy. Native objects and ThinLTO bitcode
# from clang-14 and clang-22; out/lookups/expected.tsv is the golden.
# Runs before section 7 at the end of a full build; `./build.sh lookups` rebuilds only out/lookups/.
# --------------------------------------------------------------------------
build_lookups() {
	local lpkgs=() n
	for n in 14 22; do
		command -v "clang-$n" >/dev/null || lpkgs+=("clang-$n")
		command -v "llvm-dis-$n" >/dev/null || lpkgs+=("llvm-$n")
		command -v "ld.lld-$n" >/dev/null || lpkgs+=("lld-$n")
	done
	install_missing "${lpkgs[@]}"
	local L=out/lookups
	rm -rf "$L"
	mkdir -p "$L"
	# arch dir | triple | kernel-like arch flags | compilers (native) | compilers (bitcode)
	local ltargets=(
		"x86_64|x86_64-linux-gnu|-mcmodel=kernel -mno-red-zone|14 22|14 22"
		"i386|i386-linux-gnu|-mregparm=3|14 22|"
		"aarch64|aarch64-linux-gnu|-mgeneral-regs-only|14 22|14 22"
		"arm|armv7a-linux-gnueabihf|-marm|14 22|14 22"
		"thumb|armv7a-linux-gnueabihf|-mthumb|14 22|"
		"armv5|armv5te-linux-gnueabi|-marm|14 22|"
		"riscv64|riscv64-linux-gnu|-march=rv64imac -mabi=lp64 -mcmodel=medany|14 22|14 22"
		"ppc64le|powerpc64le-linux-gnu|-mcpu=power8 -mcmodel=medium -msoft-float -mno-altivec -mno-vsx|14 22|"
		"s390x|s390x-linux-gnu|-march=z10|14 22|"
	)
	# variant (= file stem) | extra flags | native | bitcode (thin/full/-)
	local lvariants=(
		"lookups|-DLK_NOTRIM=0|1|thin"
		"lookups-notrim|-DLK_NOTRIM=1|1|thin"
		"lookups-fsections|-DLK_NOTRIM=0 -ffunction-sections -fdata-sections|1|-"
		"lookups-fulllto|-DLK_NOTRIM=0|0|full"
	)
	local t arch triple aflags nvers bvers v var vflags nat bc d f af=() vf=()
	for t in "${ltargets[@]}"; do
		IFS='|' read -r arch triple aflags nvers bvers <<<"$t"
		read -r -a af <<<"$aflags"
		for v in "${lvariants[@]}"; do
			IFS='|' read -r var vflags nat bc <<<"$v"
			read -r -a vf <<<"$vflags"
			if [ "$nat" = 1 ]; then
				for n in $nvers; do
					d=$L/clang-$n/$arch
					mkdir -p "$d"
					"clang-$n" --target="$triple" "${CFLAGS[@]}" "${af[@]}" "${vf[@]}" \
						-c src/lookups/lookups.c -o "$d/$var.o"
				done
			fi
			[ "$bc" = - ] && continue
			for n in $bvers; do
				# full LTO only once: x86_64, clang-14
				[ "$bc" = full ] && { [ "$arch" = x86_64 ] && [ "$n" = 14 ] || continue; }
				d=$L/clang-$n/$arch
				mkdir -p "$d"
				f=$d/$var.bc
				"clang-$n" --target="$triple" "${CFLAGS[@]}" "${af[@]}" "${vf[@]}" \
					"-flto$([ "$bc" = thin ] && echo =thin)" -c src/lookups/lookups.c -o "$f"
				"llvm-dis-$n" -o - "$f" | grep -v '^; ModuleID = ' >"$d/$var.ll"
			done
		done
	done
	# the golden: the same rows for every variant, arch and compiler
	{
		printf '# variant\tkind\tname\n'
		for var in lookups lookups-notrim lookups-fsections lookups-fulllto; do
			for n in lk_get_a lk_req_b lk_helper_c1 lk_helper_c2 lk_dvb_fe_attach lk_direct_d \
				lk_sel_e1 lk_sel_e2 lk_phi_f1 lk_phi_f2 lk_notrim_g lk_notrim_only_h; do
				printf '%s\tname\t%s\n' "$var" "$n"
			done
			printf '%s\twarning\t%s\n' "$var" lk_case_computed
			for n in lk_decoy_not_a_lookup 'lk_cmdset_%04x' 'symbol:lk_req_b' 'symbol:lk_dvb_fe_attach' 'symbol:%s'; do
				printf '%s\tabsent\t%s\n' "$var" "$n"
			done
		done
	} >"$L/expected.tsv"
	# sanity: every native object holds the strings it claims to, and .no_trim_symbol the 6.14 names
	for f in "$L"/clang-*/*/*.o; do
		for n in lk_get_a lk_helper_c1 lk_phi_f2 lk_notrim_g lk_decoy_not_a_lookup; do
			grep -aqF "$n" "$f" || { echo "build.sh: lookups: $f lacks $n" >&2; exit 1; }
		done
		readelf -p .no_trim_symbol "$f" | grep -qF lk_notrim_only_h ||
			{ echo "build.sh: lookups: $f: no lk_notrim_only_h in .no_trim_symbol" >&2; exit 1; }
	done
	# (not in MANIFEST.tsv: NmOracleTests would want nm goldens for them; tests list out/lookups/ themselves)
}

# --------------------------------------------------------------------------
# LLVM bitcode constructs (src/constructs/), built by clang-11, -13, -14, -16,
# -19 and -22: inline/module asm, libcall-producing arithmetic, mem intrinsics,
# codegen attributes, sanitizers. Per .bc: llvm-nm golden, the undefined
# symbols of the natively compiled object (native-U.txt) and which function
# references each of them (native-refs.tsv); for out/constructs/ also the
# llvm-dis text (.ll) and facts.json from the .ll. The one-function-per-case
# sweeps (out/constructs/sweeps/) have no .ll/facts.json (size).
# Runs after the bitcode section in a full build; `./build.sh constructs`
# rebuilds only out/constructs/ and its rows of MANIFEST.tsv.
# --------------------------------------------------------------------------
CVERS=(11 13 14 16 19 22)
# LLVM 11 is not packaged for this Debian release (bookworm's oldest is 13): take bullseye's clang-11 and
# llvm-11 packages and unpack them, with the two libraries bookworm lacks (libffi7, libz3-4 4.8.10), into a
# private folder (nothing is installed system-wide), then put versioned wrappers for its tools on PATH.
# apt runs on a private state folder, so the system's sources and package lists are left alone.
LLVM11=${KSYMTRIM_LLVM11:-${XDG_CACHE_HOME:-$HOME/.cache}/ksymtrim/llvm-11}
provide_llvm11() {
	if command -v clang-11 >/dev/null && command -v llc-11 >/dev/null; then return; fi
	if [ ! -x "$LLVM11/bin/clang-11" ]; then
		command -v apt-get >/dev/null && command -v dpkg >/dev/null ||
			{ echo "build.sh: clang-11 missing and no apt-get to fetch Debian bullseye's" >&2; exit 1; }
		echo "build.sh: fetching clang-11/llvm-11 (Debian bullseye) into $LLVM11" >&2
		local a=$LLVM11/apt
		rm -rf "$LLVM11"; mkdir -p "$a/lists/partial" "$a/debs" "$LLVM11/root" "$LLVM11/bin"
		echo 'deb http://deb.debian.org/debian bullseye main' >"$a/sources.list"
		local opts=(-o "Dir::Etc::sourcelist=$a/sources.list" -o Dir::Etc::sourceparts=- -o "Dir::State::Lists=$a/lists"
			-o "Dir::Cache=$a/cache" -o APT::Sandbox::User=root)
		apt-get "${opts[@]}" update >/dev/null
		(cd "$a/debs" && apt-get "${opts[@]}" download clang-11 libclang-cpp11 libllvm11 libclang-common-11-dev \
			llvm-11 libffi7 libz3-4=4.8.10-1 >/dev/null)
		local d
		for d in "$a"/debs/*.deb; do dpkg -x "$d" "$LLVM11/root"; done
		local t
		for t in clang llc llvm-nm llvm-dis llvm-ar; do
			cat >"$LLVM11/bin/$t-11" <<EOW
#!/bin/sh
LD_LIBRARY_PATH="$LLVM11/root/usr/lib/x86_64-linux-gnu:$LLVM11/root/usr/lib/llvm-11/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$LLVM11/root/usr/lib/llvm-11/bin/$t" "\$@"
EOW
			chmod +x "$LLVM11/bin/$t-11"
		done
		rm -rf "$a"
	fi
	export PATH="$LLVM11/bin:$PATH"
}
C=out/constructs
S=$C/sweeps
# -Werror=unused-command-line-argument: a flag the compiler would silently
# ignore for a target counts as rejected (recorded in skipped.tsv)
CTFLAGS=(-ffreestanding -nostdinc -fno-ident -fno-pic -fno-pie -fno-stack-protector
	-O2 -flto=thin -Werror=unused-command-line-argument)
ctriple() {
	case "$1" in
	x86_64) echo x86_64-linux-gnu ;; aarch64) echo aarch64-linux-gnu ;;
	i386) echo i386-linux-gnu ;; arm) echo armv7a-linux-gnueabi ;;
	riscv64) echo riscv64-linux-gnu ;; riscv32) echo riscv32-linux-gnu ;;
	ppc64le) echo powerpc64le-linux-gnu ;; s390x) echo s390x-linux-gnu ;;
	esac
}
# kernel-like flags every file of an arch gets (before the entry's own)
carchflags() {
	case "$1" in
	x86_64) echo "${X86_64_KFLAGS[*]}" ;;
	riscv64) echo -march=rv64imac -mabi=lp64 -mcmodel=medany ;;
	riscv32) echo -march=rv32imac -mabi=ilp32 ;;
	ppc64le) echo -mcpu=power8 -msoft-float -mno-altivec -mno-vsx ;;
	s390x) echo -march=z10 ;;
	esac
}
# llc options for the native truth: the code model clang would have used
cllcflags() {
	case "$1" in
	x86_64) echo -code-model=kernel ;; riscv64) echo -code-model=medium ;;
	esac
}
# the x86 kernel's "no FPU/SIMD" flags (arch/x86/Makefile), for the memory sweeps
KX86='-mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx'
NEWARCH='riscv64 riscv32 ppc64le s390x'
ALL8='x86_64 i386 aarch64 arm riscv64 riscv32 ppc64le s390x'
HW=-mllvm
# name (= source[.variant]) | arches | compilers (empty: all of CVERS) | extra clang flags | what it exercises
constructs=(
	"asm_x86|x86_64|||inline asm: ALTERNATIVE call __sw_hweight32 in .altinstructions pushsection with 661:/662: labels, \${0:c}/\${0:P} with function-address i operands, __get_user_\${4:P} with a constant, asm goto (callbr), _ASM_EXTABLE .long 1b - ., ex_handler_foo - ., __x86_indirect_thunk_\${0:V}"
	"asm_x86k|x86_64 i386|14 19 22||inline asm: __x86_indirect_thunk_\${N:V} with an r operand and with fixed-register S/a operands (rsi/esi, rax/eax), __get_user_\${N:c}/__put_user_\${N:P} with named constant operands, call \${0:c} with a named i operand, textual __SCT__ static calls, constants through \${0:c}/\${1:P}, \${:uid} labels in .discard sections, mov %gs:\${1:P} with a p operand, call *\${0:c} through pv_ops, a helper defined by asm in the same TU (not undefined), a name only in a # comment (not a reference), asm goto __jump_table"
	"asm_arm64|aarch64|14 19 22||inline asm: ALTERNATIVE with bl __ll_sc_atomic_add and the LSE replacement in .subsection 1, .word label - . in .altinstructions, bl to a textual name / an i operand \${0:c} / __arm64_sized_helper_\${0:c}, adrp+:lo12: of asm-only symbols, __ex_table and a named .rodata section with .quad/.word sym - ., asm goto __jump_table; LSE atomics (ldaddal, stadd), dmb/dsb/isb, mrs/msr, prfm \${0:a}, %w/%x templates reference nothing; // comment"
	"asm_arm|arm|14 19 22||inline asm: bl __get_user_\${2:c} (gives __get_user_4), bl to a textual name and an i operand, ldr rX, =sym (literal pool, outside any function), ALT_SMP .alt.smp.init entry with bl, __ex_table and a named section with .word/.long sym - ., asm goto __jump_table; dmb/dsb/isb/mrc reference nothing; @ comment"
	"asm_riscv|riscv64|14 19 22||inline asm: call/jal/tail to textual names, call \${0} with an i operand and riscv_sized_helper_\${0} with a constant, la/lla, %pcrel_hi(sym)/%pcrel_lo(1b), ALTERNATIVE with a call in .alternative, sw \${0:z} (zero register), __ex_table, .dword/.4byte sym - . in a named section, asm goto __jump_table; fences and CSR accesses reference nothing; # comment"
	"asm_ppc|ppc64le|14 19 22||inline asm: bl sym; nop, bl \${0} with an i operand and ppc_sized_helper_\${0}, addis/addi sym@toc@ha/sym@toc@l, feature-fixup sections (__ftr_fixup, __ftr_alt_97) around a bl, __ex_table, .llong/.long sym - ., asm goto __jump_table; lwsync/sync/isync/mfspr/mtspr reference nothing; # comment"
	"asm_s390|s390x|14 19 22||inline asm: brasl %r14,sym@PLT, brasl to a plain name / an i operand / s390_sized_helper_\${0}, jg, larl, ALTERNATIVE with brasl in .altinstructions/.altinstr_replacement, __ex_table, .quad/.long sym - ., asm goto brcl + __jump_table; bcr/stck reference nothing; # comment"
	"modasm|x86_64 aarch64|||module-level asm: .globl asm_defined (also called from C), .long asm_referenced, .weak asm_weak_defined"
	"arith64|x86_64 i386 arm|||64-bit div/rem/shift/mul/mul-overflow and 32-bit div/rem: __udivdi3/__divdi3/... (i386), __aeabi_uldivmod/__aeabi_uidiv/... (arm) after codegen"
	"arith64|$NEWARCH|14 19 22||64-bit div/rem/shift/mul/mul-overflow and 32-bit div/rem: __udivdi3 __umoddi3 __divdi3 __moddi3 on riscv32 after codegen, nothing on the 64-bit targets"
	"int128|x86_64 aarch64|||__int128 div/rem (__udivti3 __divti3 __umodti3 __modti3), mul, shifts, __builtin_mul_overflow on long long and __int128"
	"int128|riscv64 ppc64le s390x|14 19 22||__int128 div/rem (__udivti3 __divti3 __umodti3 __modti3), mul, shifts, mul-overflow (__muloti4 on riscv64 and s390x, inline on ppc64le)"
	"popcount|x86_64 i386 arm aarch64|||llvm.ctpop/ctlz/cttz without a popcount instruction (x86 baseline)"
	"popcount|riscv64 ppc64le s390x|14 19 22||llvm.ctpop/ctlz/cttz: inline on riscv64 (no Zbb), ppc64le and s390x"
	"popcount.popcnt|x86_64||-mpopcnt|llvm.ctpop with the popcnt instruction"
	"popcount.gro|aarch64||-mgeneral-regs-only|llvm.ctpop without NEON cnt (kernel arm64 flags)"
	"atomics|x86_64 i386 arm||-|atomicrmw/cmpxchg/atomic load-store on i32 and i64; i386: plain u64 (align 4) gives __atomic_*_8 calls in the IR (clang-14/16) or generic __atomic_* calls after codegen (clang-19), 8-aligned u64 gives cmpxchg8b; armv7: ldrexd/strexd"
	"atomics|$NEWARCH|14 19 22|-|atomicrmw/cmpxchg/atomic load-store on i32 and i64: riscv32 (no 64-bit atomics) calls __atomic_*_8, in the IR with clang-14, only after codegen with clang-19; inline elsewhere"
	"atomics|aarch64||-mno-outline-atomics|atomicrmw/cmpxchg on i32/i64, inline LL/SC"
	"atomics.outline|aarch64||-moutline-atomics|outline atomics: __aarch64_ldadd8_acq_rel & co. appear only after codegen"
	"atomics.i486|i386||-march=i486|64-bit atomics without cmpxchg8b: for the 8-aligned u64, __atomic_*_8 calls in the IR (clang-14/16) or after codegen only (clang-19)"
	"softfloat|x86_64 i386 arm aarch64||-msoft-float|float/double add/mul/div/convert/compare: __aeabi_fadd/__aeabi_dmul/... after codegen on arm; on x86 -msoft-float only adds noimplicitfloat, FP stays inline (SSE/x87), no libcalls"
	"softfloat|riscv64 ppc64le s390x|14 19 22|-msoft-float|float/double ops under -msoft-float: __addsf3 __muldf3 __divdf3 __fixdfsi __floatdidf __ltsf2 after codegen (riscv rejects the flag: soft float is the -mabi)"
	"softfloat.nofpu|riscv64|14 19 22||float/double ops with rv64imac/lp64 (no F/D): __addsf3 __muldf3 ... after codegen (riscv32: sweeps/conv)"
	"mem|x86_64 aarch64 i386 arm|||llvm.memcpy/memset/memmove with small constant (inline), large constant and variable size (memcpy/memset/memmove calls), struct copies"
	"mem|riscv64 ppc64le s390x|14 19 22||as mem on the other targets; s390x never calls memcpy/memset, not even for a variable size (mvc/xc loops with exrl): only memmove is a libcall"
	"fnattr|x86_64 aarch64|||baseline for the fnattr.* variants: indirect calls, address-taken static, local array, switch"
	"fnattr.fentry|x86_64||-pg -mfentry|\"fentry-call\"=\"true\": __fentry__ after codegen"
	"fnattr.fentry|i386 s390x aarch64 riscv64 ppc64le|14 19 22|-pg -mfentry|\"fentry-call\"=\"true\": __fentry__ after codegen (i386, s390x; the others reject -mfentry)"
	"fnattr.pg|x86_64 aarch64 arm||-pg|\"instrument-function-entry-inlined\"=mcount (x86_64) / \\01_mcount (aarch64) / \\01mcount (armv7a gnueabi): clang-14/16 already call it in the IR, clang-19 leaves only the attribute and the call appears after codegen"
	"fnattr.pg|i386 riscv64 ppc64le s390x|14 19 22|-pg|-pg without -mfentry: mcount (i386, s390x), _mcount (riscv64, ppc64le); in the IR with clang-14, after codegen only with clang-19"
	"fnattr.pgeabi|arm|14 19 22|-pg -meabi gnu|-pg with the kernel's -meabi gnu: llvm.arm.gnu.eabi.mcount in the IR, __gnu_mcount_nc after codegen"
	"fnattr.nopmcount|s390x x86_64|14 19 22|-pg -mfentry -mnop-mcount|\"mnop-mcount\": the entry call is a nop, no __fentry__ (s390x only; x86 rejects the flag)"
	"fnattr.recordmcount|s390x x86_64|14 19 22|-pg -mfentry -mrecord-mcount|\"mrecord-mcount\": __fentry__ plus a __mcount_loc section (s390x only; x86 rejects the flag)"
	"fnattr.patchable|x86_64 aarch64||-fpatchable-function-entry=2|\"patchable-function-entry\"=\"2\": __patchable_function_entries, no symbol"
	"fnattr.patchable|riscv64 ppc64le s390x|14 19 22|-fpatchable-function-entry=2|\"patchable-function-entry\"=\"2\": no symbol (riscv64; ppc64le and s390x: clang 22 only, 14 and 19 reject the flag)"
	"fnattr.patchprefix|aarch64|14 19 22|-fpatchable-function-entry=4,2|\"patchable-function-entry\"=\"2\" + \"patchable-function-prefix\"=\"2\" (arm64 CALL_OPS): no symbol"
	"fnattr.sspglobal|x86_64 aarch64 i386||-fstack-protector-strong -mstack-protector-guard=global|sspstrong + stack-protector-guard=global: __stack_chk_fail, __stack_chk_guard"
	"fnattr.ssptls|x86_64||-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-reg=gs -mstack-protector-guard-offset=40|sspstrong + guard in %gs:40 (module flags stack-protector-guard*): __stack_chk_fail only"
	"fnattr.sspsysreg|aarch64||-fstack-protector-strong -mstack-protector-guard=sysreg -mstack-protector-guard-reg=sp_el0 -mstack-protector-guard-offset=1200|sspstrong + guard via sp_el0 (kernel arm64): __stack_chk_fail only"
	"fnattr.retpoline|x86_64||-mretpoline-external-thunk|target-features +retpoline-external-thunk: __x86_indirect_thunk_r11 after codegen"
	"fnattr.retthunk|x86_64||-mfunction-return=thunk-extern|fn_ret_thunk_extern + module flag function_return_thunk_extern: __x86_return_thunk after codegen"
	"fnattr.kcfi|x86_64 aarch64||-fsanitize=kcfi|!kcfi_type, \"kcfi\" operand bundles on indirect calls, module flag kcfi; no new undefined symbol after codegen (x86_64 defines __cfi_<fn> preambles, aarch64 none)"
	"ssp.ssp|x86_64 aarch64|14 19 22|-fstack-protector|ssp on char_array, struct_array, vla (char arrays >= 8 bytes, dynamic allocas): __stack_chk_fail; aarch64 also __stack_chk_guard (global guard), x86_64 reads %gs:40 (TLS)"
	"ssp.strong|x86_64 i386 aarch64 arm riscv64 ppc64le s390x|14 19 22|-fstack-protector-strong|sspstrong on every function with an array or an address-taken local (not scalars, leaf, opted_out): __stack_chk_fail; the default guard is global (__stack_chk_guard) on aarch64, arm, riscv64 and TLS (no symbol) on x86_64, i386, ppc64le, s390x"
	"ssp.all|x86_64 aarch64|14 19 22|-fstack-protector-all|sspreq on every function but opted_out (nossp), leaf included"
	"ssp.global|x86_64 i386 riscv64 ppc64le s390x|14 19 22|-fstack-protector-strong -mstack-protector-guard=global|global guard: __stack_chk_guard + __stack_chk_fail (x86; riscv64 with clang 22; ppc64le with clang 22 still reads the TCB: no guard symbol; s390x rejects =global, and clang 14 and 19 reject it on riscv64 and ppc64le)"
	"ssp.tls|x86_64|14 19 22|-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-reg=gs -mstack-protector-guard-offset=40|TLS guard %gs:40: __stack_chk_fail only"
	"ssp.tls|i386|14 19 22|-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-reg=fs -mstack-protector-guard-offset=20|TLS guard %fs:20: __stack_chk_fail only"
	"ssp.tls|arm|14 19 22|-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-offset=1200|TLS guard via TPIDRURO + 1200 (ARM per-task canary): __stack_chk_fail only (clang >= 14)"
	"ssp.tls|riscv64|14 19 22|-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-reg=tp -mstack-protector-guard-offset=1000|TLS guard tp+1000 (kernel riscv per-task canary): __stack_chk_fail only with clang 22; rejected by clang 14 and 19"
	"ssp.tls|ppc64le|14 19 22|-fstack-protector-strong -mstack-protector-guard=tls -mstack-protector-guard-reg=r13 -mstack-protector-guard-offset=3000|TLS guard r13+3000 (kernel ppc64 paca canary): __stack_chk_fail only with clang 22; rejected by clang 14 and 19"
	"ssp.sysreg|aarch64|14 19 22|-fstack-protector-strong -mstack-protector-guard=sysreg -mstack-protector-guard-reg=sp_el0 -mstack-protector-guard-offset=1200|system-register guard sp_el0+1200: __stack_chk_fail only"
	"ssp.symbol|x86_64|14 16 19 22|-fstack-protector-strong -mstack-protector-guard-reg=gs -mstack-protector-guard-symbol=__ref_stack_chk_guard|guard symbol (x86_64 kernel >= 6.10): __ref_stack_chk_guard + __stack_chk_fail (clang >= 15)"
	"ssp.symbol|i386|14 16 19 22|-fstack-protector-strong -mstack-protector-guard-reg=fs -mstack-protector-guard-symbol=__stack_chk_guard|guard symbol (i386 kernel): __stack_chk_guard + __stack_chk_fail (clang >= 15)"
	"retpoline.ext|x86_64 i386|14 19 22|-mretpoline-external-thunk|external retpoline thunks: __x86_indirect_thunk_r11 (x86_64), __x86_indirect_thunk_eax (i386) for calls and tail calls; no jump tables"
	"retpoline.regparm|i386|14 19 22|-mretpoline-external-thunk -mregparm=3|i386 kernel calling convention: arguments in eax/edx/ecx, thunks __x86_indirect_thunk_ecx and (three register arguments) __x86_indirect_thunk_edi"
	"retpoline.retthunk|x86_64 i386|14 16 19 22|-mfunction-return=thunk-extern|every ret becomes jmp __x86_return_thunk (clang >= 15)"
	"retpoline.sls|x86_64|14 16 19 22|-mharden-sls=all|x86 straight-line-speculation hardening: int3 after ret/jmp, no symbol (clang >= 15 on x86)"
	"retpoline.sls|aarch64 arm|14 19 22|-mharden-sls=all|arm/arm64 SLS hardening: blr/blx go through __llvm_slsblr_thunk_* that the object defines (W, comdat), so no undefined symbol"
	"retpoline.ibt|x86_64|14 19 22|-fcf-protection=branch|endbr64, module flag cf-protection-branch: no symbol"
	"retpoline.cs|x86_64|14 16 19 22|-mretpoline-external-thunk -mindirect-branch-cs-prefix|module flag indirect_branch_cs_prefix: cs-prefixed thunk calls, same __x86_indirect_thunk_r11 (clang >= 15)"
	"retpoline.kernel|x86_64|16 19 22|-mretpoline-external-thunk -mfunction-return=thunk-extern -mindirect-branch-cs-prefix -mharden-sls=all -fcf-protection=branch|the x86_64 kernel's combination: __x86_indirect_thunk_r11 and __x86_return_thunk"
	"bcp|x86_64 aarch64|14 19 22||__builtin_constant_p / __builtin_object_size (kmalloc-, check_copy_size-like): the IR calls big_alloc, small_alloc_const, generic_alloc, copy_overflow and __bad_copy_to (error attribute) behind llvm.is.constant/llvm.objectsize; after codegen only the reachable ones remain and __bad_copy_to is gone"
	"san.kasan|aarch64|14 19 22|-fsanitize=kernel-address|generic KASAN, inline checks: __asan_report_{load,store}N_noabort after codegen; the bitcode declares (llvm-nm U) 87-94 __asan_* callbacks, most never called"
	"san.hwasan|aarch64|14 19 22|-fsanitize=kernel-hwaddress $HW -hwasan-instrument-stack=0 $HW -hwasan-use-short-granules=0 $HW -hwasan-inline-all-checks=0 $HW -hwasan-mapping-offset=0xefff800000000000|KASAN_SW_TAGS inline (kernel flags): llvm.hwasan.check.memaccess, outlined __hwasan_check_x<N>_<info> defined by codegen (W) calling __hwasan_tag_mismatch (U only after codegen)"
	"san.hwasancalls|aarch64|14 19 22|-fsanitize=kernel-hwaddress $HW -hwasan-instrument-stack=0 $HW -hwasan-instrument-with-calls=1|KASAN_SW_TAGS outline: __hwasan_{load,store}N_noabort calls in the IR"
	"san.scs|aarch64|14 19 22|-fsanitize=shadow-call-stack -ffixed-x18|shadow call stack (x18): no symbol"
)
# one function per case; .bc, llvm-nm golden, native-U.txt, native-refs.tsv only
sweeps=(
	"memsize|x86_64 i386|14 19 22|$KX86|llvm.memcpy/memmove/memset (0) per size 1..4096 and alignment 1/4/8/16 + variable size, kernel x86 no-SSE flags; inline limit per function in native-refs.tsv, summary in thresholds.tsv"
	"memsize|aarch64|14 19 22|-mgeneral-regs-only|as above, kernel arm64 flags"
	"memsize|arm|14 19 22|-msoft-float|as above, kernel arm flags"
	"memsize|$NEWARCH|14 19 22||as above"
	"memsize.os|x86_64 i386|14 19 22|$KX86 -Os|memsize at -Os (optsize: lower limits)"
	"memsize.os|aarch64|14 19 22|-mgeneral-regs-only -Os|memsize at -Os"
	"memsize.os|arm|14 19 22|-msoft-float -Os|memsize at -Os"
	"memsize.os|$NEWARCH|14 19 22|-Os|memsize at -Os"
	"cmpsize|x86_64 i386|14 19 22|-fhosted $KX86|__builtin_memcmp(a,b,N)==0 (bcmp in the IR) and ordering memcmp, N = 1..64 and variable: ExpandMemCmp limit per target after codegen"
	"cmpsize|aarch64|14 19 22|-fhosted -mgeneral-regs-only|as above"
	"cmpsize|arm|14 19 22|-fhosted -msoft-float|as above"
	"cmpsize|$NEWARCH|14 19 22|-fhosted|as above"
	"cmpsize.os|x86_64 i386|14 19 22|-fhosted $KX86 -Os|cmpsize at -Os"
	"cmpsize.os|aarch64|14 19 22|-fhosted -mgeneral-regs-only -Os|cmpsize at -Os"
	"cmpsize.os|arm|14 19 22|-fhosted -msoft-float -Os|cmpsize at -Os"
	"cmpsize.os|$NEWARCH|14 19 22|-fhosted -Os|cmpsize at -Os"
	"wide|$ALL8|14 19 22||div/rem/mul/shl/shr/add-sub-mul-overflow at 32/64/128 bits, signed and unsigned: __*di3 / __aeabi_* on 32-bit targets, __*ti3 and __muloti4 on 64-bit ones"
	"wide.oz|$ALL8|14 19 22|-Oz|wide at -Oz (minsize): wide shifts become __ashlti3/__lshrti3/__ashrti3, __ashldi3/..., __aeabi_llsl/..."
	"conv|$ALL8|14 19 22||float/double <-> 32/64/128-bit integer conversions and a few FP ops: only the 128-bit conversions are libcalls with hardware FP (__fixdfti, __floatuntisf, ...); i386 x87 inline; soft-float targets (arm gnueabi, riscv lp64/ilp32, ppc64le -msoft-float) call everything"
	"conv.soft|s390x|14 19 22|-msoft-float|conv under s390x -msoft-float"
	"conv.vfp|arm|14 19 22|-mfloat-abi=softfp -mfpu=vfpv3-d16|conv with VFP instructions: 64-bit conversions still __aeabi_d2lz & co."
	"atomicw|x86_64 i386 arm $NEWARCH|14 19 22||atomic add/xchg/cas/load/store at 8/16/32/64/128 bits (128 where __int128 exists), naturally aligned. 128-bit: clang-14 calls __atomic_fetch_add_16 and the generic __atomic_load/store/exchange/compare_exchange in the IR (x86_64, riscv64, ppc64le, s390x); clang-19 leaves atomic instructions, then __atomic_*_16 after codegen on x86_64/riscv64, inline on ppc64le/s390x. riscv32: __atomic_*_8 (IR with clang-14, codegen with clang-19)"
	"atomicw|aarch64|14 19 22|-mno-outline-atomics|as above, inline LL/SC (128-bit: ldaxp/stlxp)"
	"atomicw.outline|aarch64|14 19 22|-moutline-atomics|__aarch64_{cas,swp,ldadd}{1,2,4,8,16}_acq_rel after codegen"
	"atomicw.cx16|x86_64|14 19 22|-mcx16|cmpxchg16b: every 128-bit operation inline"
	"atomicw.i486|i386|14 19 22|-march=i486|no cmpxchg8b: 64-bit operations call __atomic_*_8"
	"atomicw.v6|arm|14 19 22|-march=armv6|ARMv6 (triple armv6-unknown-linux-gnueabi): ldrex/strex and ldrexd, no libcall"
	"atomicw.v5|arm|14 19 22|-march=armv5te|ARMv5 without ldrex: __atomic_*_{1,2,4,8} calls in the IR (clang-14); clang-19 leaves atomic instructions and codegen calls __sync_{fetch_and_add,lock_test_and_set,val_compare_and_swap}_{1,2,4,8}"
)
# what a compiler is expected to reject (the build fails if this changes)
expected_skips='atomics aarch64 clang11
atomics.outline aarch64 clang11
fnattr.fentry aarch64 clang14
fnattr.fentry aarch64 clang19
fnattr.fentry aarch64 clang22
fnattr.fentry ppc64le clang14
fnattr.fentry ppc64le clang19
fnattr.fentry ppc64le clang22
fnattr.fentry riscv64 clang14
fnattr.fentry riscv64 clang19
fnattr.fentry riscv64 clang22
fnattr.kcfi aarch64 clang11
fnattr.kcfi aarch64 clang13
fnattr.kcfi aarch64 clang14
fnattr.kcfi x86_64 clang11
fnattr.kcfi x86_64 clang13
fnattr.kcfi x86_64 clang14
fnattr.nopmcount x86_64 clang14
fnattr.nopmcount x86_64 clang19
fnattr.nopmcount x86_64 clang22
fnattr.patchable ppc64le clang14
fnattr.patchable ppc64le clang19
fnattr.patchable s390x clang14
fnattr.patchable s390x clang19
fnattr.recordmcount x86_64 clang14
fnattr.recordmcount x86_64 clang19
fnattr.recordmcount x86_64 clang22
fnattr.retthunk x86_64 clang11
fnattr.retthunk x86_64 clang13
fnattr.retthunk x86_64 clang14
fnattr.sspglobal aarch64 clang11
fnattr.sspglobal i386 clang11
fnattr.sspglobal x86_64 clang11
fnattr.sspsysreg aarch64 clang11
fnattr.ssptls x86_64 clang11
retpoline.cs x86_64 clang14
retpoline.retthunk i386 clang14
retpoline.retthunk x86_64 clang14
retpoline.sls x86_64 clang14
softfloat aarch64 clang11
softfloat aarch64 clang13
softfloat aarch64 clang14
softfloat aarch64 clang16
softfloat aarch64 clang19
softfloat aarch64 clang22
softfloat riscv64 clang14
softfloat riscv64 clang19
softfloat riscv64 clang22
ssp.global ppc64le clang14
ssp.global ppc64le clang19
ssp.global riscv64 clang14
ssp.global riscv64 clang19
ssp.global s390x clang14
ssp.global s390x clang19
ssp.global s390x clang22
ssp.symbol i386 clang14
ssp.symbol x86_64 clang14
ssp.tls ppc64le clang14
ssp.tls ppc64le clang19
ssp.tls riscv64 clang14
ssp.tls riscv64 clang19'
# build_set DIR FULL ENTRY...: FULL=1 also writes .ll and .facts.json
build_set() {
	local dir=$1 full=$2 entry name arches vers flags what src arch t n f o
	shift 2
	for entry in "$@"; do
		IFS='|' read -r name arches vers flags what <<<"$entry"
		src=${name%%.*}
		[ "$flags" = - ] && flags=
		[ -n "$vers" ] || vers="${CVERS[*]}"
		local xflags=() aflags=() lflags=()
		read -r -a xflags <<<"$flags"
		for arch in $arches; do
			t=$(ctriple "$arch")
			read -r -a aflags <<<"$(carchflags "$arch")"
			for n in $vers; do
				f="$name-$arch-clang$n.bc"
				o="$dir/$f"
				if ! "clang-$n" --target="$t" "${CTFLAGS[@]}" "${aflags[@]}" "${xflags[@]}" \
					-c "src/constructs/$src.c" -o "$o" 2>"$B/constructs/err"; then
					rm -f "$o"
					printf '%s\t%s\tclang%s\t%s\t%s\n' "$name" "$arch" "$n" "$flags" \
						"$(grep -m1 'error:' "$B/constructs/err" | sed 's/^[^:]*: error: //')" >>"$C/skipped.tsv"
					continue
				fi
				"llvm-nm-$n" -P "$o" | sort >"$o.llvm-nm.txt"
				"llvm-dis-$n" -o - "$o" | grep -v '^; ModuleID = ' >"$B/constructs/x.ll"
				if [ "$full" = 1 ]; then
					cp "$B/constructs/x.ll" "$o.ll"
					python3 src/constructs/ll-facts.py "$o.ll" >"$o.facts.json"
				fi
				# native truth: what the object code references after codegen
				read -r -a lflags <<<"$(cllcflags "$arch")"
				"llc-$n" -O2 -filetype=obj -relocation-model=static "${lflags[@]}" "$o" -o "$B/constructs/native.o"
				"llvm-nm-$n" -u -j "$B/constructs/native.o" | sort >"$o.native-U.txt"
				python3 src/constructs/native-refs.py "$B/constructs/native.o" >"$o.native-refs.tsv"
				case "$src" in memsize | cmpsize)
					python3 src/constructs/thresholds.py "$f" "$B/constructs/x.ll" "$o.native-refs.tsv" >>"$B/thresholds.tsv" ;;
				esac
				printf '%s\t%s\t%s\t%s\t%s\t%s\n' "${o#out/}" bitcode "$arch" - - \
					"src/constructs/$src.c${flags:+ $flags} (clang-$n, $t): $what" >>"$MANIFEST"
			done
		done
	done
}
# build_constructs: writes out/constructs/ (both folders) and appends their rows to $MANIFEST; needs $B
build_constructs() {
	local cpkgs=() n actual_skips
	provide_llvm11
	for n in "${CVERS[@]}"; do
		command -v "clang-$n" >/dev/null || cpkgs+=("clang-$n")
		{ command -v "llvm-dis-$n" && command -v "llvm-nm-$n" && command -v "llc-$n"; } >/dev/null || cpkgs+=("llvm-$n")
	done
	install_missing "${cpkgs[@]}"
	mkdir -p "$C" "$S" "$B/constructs"
	printf '# name\tarch\tcompiler\tflags\terror\n' >"$C/skipped.tsv"
	printf '# file\top\talign\tmax_inline\tmin_libcall\tinline\tlibcall\tfolded\n' >"$B/thresholds.tsv"
	build_set "$C" 1 "${constructs[@]}"
	build_set "$S" 0 "${sweeps[@]}"
	{ head -1 "$B/thresholds.tsv"; tail -n +2 "$B/thresholds.tsv" | sort; } >"$S/thresholds.tsv"
	actual_skips=$(tail -n +2 "$C/skipped.tsv" | cut -f1-3 | tr '\t' ' ' | sort)
	if [ "$actual_skips" != "$expected_skips" ]; then
		echo "build.sh: constructs: rejected flags changed; now:" >&2
		tail -n +2 "$C/skipped.tsv" >&2
		exit 1
	fi
}

# --------------------------------------------------------------------------
# 7. a GKI-like Android tree for `ksymtrim kmi` (src/kmi/ -> out/kmi/): an
# aarch64 vmlinux with __ksymtab_NAME exports, two GKI modules signed the way
# sign-file does (PKCS#7), one module with an X.509 (id_type 1) signature, and
# unsigned vendor modules in several folders; plus existing_list for
# --additions-only. out/kmi/expected/ is what Android's extract_symbols.py
# prints for this tree; kmi-expected.sh writes it (it needs the script, which
# is not in the repository), so build_kmi keeps it.
# Runs last in a full build; `./build.sh kmi` rebuilds only out/kmi/ (but expected/).
# --------------------------------------------------------------------------
# kmi_sign KO ID_TYPE: append a signature as scripts/sign-file.c does: the signature,
# struct module_signature { u8 algo, hash, id_type, signer_len, key_id_len, pad[3]; __be32 sig_len }
# and "~Module signature appended~\n". ID_TYPE 2 (PKEY_ID_PKCS7): a detached DER CMS
# (PKCS#7) signature without attributes or certificates, all other fields 0 (as sign-file).
# ID_TYPE 1 (PKEY_ID_X509, the pre-4.3 format): signer name || key id || raw RSA
# PKCS#1 v1.5 signature, algo 1 (RSA), hash 4 (SHA-256). RSA PKCS#1 v1.5 is deterministic.
kmi_sign() {
	local ko=$1 id=$2 sig=$B/kmi/$(basename "$1").sig hdr n signer='KsymTrim legacy test key'
	local key=src/kmi/test_signing_key.pem cert=src/kmi/test_signing_cert.pem
	if [ "$id" = 2 ]; then
		openssl cms -sign -binary -noattr -nocerts -outform DER -md sha256 \
			-signer "$cert" -inkey "$key" -in "$ko" -out "$sig"
		n=$(stat -c %s "$sig")
		hdr=$(printf '\\x%02x' 0 0 2 0 0 0 0 0)
	else
		printf '%s' "$signer" >"$sig"
		printf '\x4b\x53\x79\x6d\x54\x72\x69\x6d' >>"$sig"   # 8-byte key id "KsymTrim"
		openssl dgst -sha256 -sign "$key" "$ko" >>"$sig"
		n=$(($(stat -c %s "$sig") - ${#signer} - 8))
		hdr=$(printf '\\x%02x' 1 4 1 "${#signer}" 8 0 0 0)
	fi
	hdr+=$(printf '\\x%02x' $((n >> 24 & 255)) $((n >> 16 & 255)) $((n >> 8 & 255)) $((n & 255)))
	{ cat "$sig"; printf "$hdr"; printf '~Module signature appended~\n'; } >>"$ko"
}
build_kmi() {
	local kpkgs=()
	command -v openssl >/dev/null || kpkgs+=(openssl)
	command -v llvm-nm >/dev/null || kpkgs+=(llvm)   # extract_symbols.py calls plain llvm-nm
	PATH=$PATH:/usr/sbin:/sbin command -v modinfo >/dev/null || kpkgs+=(kmod)
	install_missing "${kpkgs[@]}"
	local Q=out/kmi T=out/kmi/tree f m
	# everything but expected/
	if [ -d "$Q" ]; then find "$Q" -mindepth 1 -maxdepth 1 ! -name expected -exec rm -rf {} +; fi
	rm -rf "$B/kmi"
	mkdir -p "$T/gki" "$T/vendor/audio" "$T/vendor/display" "$T/vendor/legacy" "$T/vendor/misc" "$B/kmi"
	local kf=(--target=aarch64-linux-gnu "${CFLAGS[@]}" -mgeneral-regs-only)
	$CC "${kf[@]}" -c src/kmi/vmlinux.c -o "$B/kmi/vmlinux.o"
	$LD -m aarch64linux -e stext --build-id=none -o "$T/vmlinux" "$B/kmi/vmlinux.o"
	# module | folder in the tree | signature (pkcs7, x509 or none)
	local kmods=(
		"gki_core|gki|pkcs7"
		"gki_extra|gki|pkcs7"
		"vnd_legacy|vendor/legacy|x509"
		"snd_core|vendor/audio|none"
		"snd_codec|vendor/audio|none"
		"aa_panel|vendor/display|none"
		"zz_lookup|vendor/display|none"
		"empty_stub|vendor/misc|none"
	)
	local mod dir sg ko want got
	for m in "${kmods[@]}"; do
		IFS='|' read -r mod dir sg <<<"$m"
		ko=$T/$dir/$mod.ko
		$CC "${kf[@]}" -c "src/kmi/$mod.c" -o "$B/kmi/$mod.o"
		$LD -r -m aarch64linux -o "$ko" "$B/kmi/$mod.o"
		case "$sg" in pkcs7) kmi_sign "$ko" 2 ;; x509) kmi_sign "$ko" 1 ;; esac
		# what extract_symbols.py's is_signature_present() sees
		case "$sg" in pkcs7) want='PKCS#7' ;; x509) want=X509 ;; *) want= ;; esac
		got=$(PATH=$PATH:/usr/sbin:/sbin modinfo -F sig_id "$ko" 2>&1)
		[ "$got" = "$want" ] || { echo "build.sh: kmi: $ko: modinfo -F sig_id says '$got', not '$want'" >&2; exit 1; }
		[ "$(PATH=$PATH:/usr/sbin:/sbin modinfo -F name "$ko")" = "$mod" ] ||
			{ echo "build.sh: kmi: $ko: modinfo has no name=$mod" >&2; exit 1; }
	done
	[ -z "$($LLNM --undefined-only "$T/vendor/misc/empty_stub.ko")" ] ||
		{ echo "build.sh: kmi: empty_stub.ko has undefined symbols" >&2; exit 1; }
	cp src/kmi/existing_list "$Q/existing_list"
	if grep -raF -e "$(pwd)" -e /tmp/ -e /root/ -e /home/ -l "$Q"; then
		echo "build.sh: kmi: the files above hold this machine's paths" >&2; exit 1
	fi
	rm -rf "$B/kmi"
	# (not in MANIFEST.tsv: the tree is tested as a whole, against out/kmi/expected/)
}

# `./build.sh lookups`: rebuild only out/lookups/ (section 6), leave the rest of out/ alone
if [ "${1:-}" = lookups ]; then
	mkdir -p out
	build_lookups
	echo "build.sh: fixtures written to $(pwd)/out/lookups" >&2
	exit 0
fi

B=.build          # scratch (relative, so no absolute path leaks into objects)
MANIFEST=out/MANIFEST.tsv

# `./build.sh constructs`: rebuild only out/constructs/ (both folders) and their rows of MANIFEST.tsv. A full
# build writes those rows last, so the other rows are kept in order and the new ones appended.
if [ "${1:-}" = constructs ]; then
	[ -f "$MANIFEST" ] || { echo "build.sh: no $MANIFEST: run a full build first" >&2; exit 1; }
	rm -rf "$C" "$B"
	mkdir -p "$B"
	trap 'rm -rf "$B"' EXIT
	grep -v '^constructs/' "$MANIFEST" >"$B/manifest.tsv"
	cp "$B/manifest.tsv" "$MANIFEST"
	build_constructs
	echo "build.sh: fixtures written to $(pwd)/$C" >&2
	exit 0
fi

# `./build.sh kmi`: rebuild only out/kmi/ (section 7) but out/kmi/expected/, leave the rest of out/ alone
# --------------------------------------------------------------------------
# 8. folding rules for __builtin_constant_p (src/folding/ -> out/folding/): each
# case is a module of two ThinLTO members, the case and other.c, built by clang-14
# and clang-22 for x86_64, with what kbuild's LTO link (ld.lld -r) makes of it
# and that object's undefined symbols (CASE.truth): the exact answer the
# analysis of the bitcode must give. `./build.sh folding` rebuilds only out/folding/.
# --------------------------------------------------------------------------
build_folding() {
	local fpkgs=() n c d
	for n in 14 22; do
		command -v "clang-$n" >/dev/null || fpkgs+=("clang-$n")
		command -v "llvm-dis-$n" >/dev/null || fpkgs+=("llvm-$n")
		command -v "ld.lld-$n" >/dev/null || fpkgs+=("lld-$n")
	done
	install_missing "${fpkgs[@]}"
	rm -rf out/folding
	for n in 14 22; do
		d=out/folding/clang-$n
		mkdir -p "$d"
		for c in other ctx_lib range_lib phi_use ret_lib local_lib global_lib opaque_indirect opaque_extern inlined_write and_flags \
			phi_late ctx_args ctx_big range_local range_taken range_import phi_branch phi_kept ret_opaque ret_known local_store \
			local_object global_store global_opaque phi_loop ret_object ret_global ret_lookup sum_use local_field ret_swap ret_choice \
			phi_offset phi_sum local_paths case_lib case_small case_big bound_lib bound_small bound_big bound_shapes field_lib field_size \
			field_tag site_lib site_fit site_over sized_lib sized_given sized_inlined site_callback site_choice sized_wrapped field_page \
			given_lib given_len given_literal given_escape given_write given_pointer given_indirect given_masked given_many given_pure local_indirect given_own written_lib written_zero written_big readonly_lib readonly_copy \
			lowered_select lowered_phi; do
			# (readonly_*: with the library's builtins, as the kernel builds, so that LLVM marks strcpy's source readonly)
			local builtins=()
			case "$c" in readonly_*) builtins=(-fhosted -fbuiltin) ;; esac
			"clang-$n" --target=x86_64-linux-gnu "${CFLAGS[@]}" "${X86_64_KFLAGS[@]}" "${builtins[@]}" -flto=thin \
				-c "src/folding/$c.c" -o "$d/$c.o"
			"llvm-dis-$n" -o - "$d/$c.o" | grep -v '^; ModuleID = ' >"$d/$c.ll"
		done
		for c in opaque_indirect opaque_extern inlined_write and_flags phi_late ctx_args ctx_big range_local range_taken range_import \
			phi_branch phi_kept ret_opaque ret_known local_store local_object global_store global_opaque phi_loop ret_object ret_global \
			ret_lookup local_field ret_swap ret_choice phi_offset phi_sum local_paths case_small case_big bound_small bound_big field_size \
			field_tag site_fit site_over sized_given sized_inlined site_callback site_choice sized_wrapped field_page \
			given_len given_literal given_escape given_write given_pointer given_indirect given_masked given_many given_pure local_indirect given_own \
			written_zero written_big readonly_copy lowered_select lowered_phi; do
			# the module: a thin archive over the case and its partner (other.c; ctx_lib.c for ctx_*, range_lib.c
			# for range_import, phi_use.c for phi_branch, ret_lib.c for ret_*, local_lib.c for local_*,
			# global_lib.c for global_*, sum_use.c for phi_sum, case_lib.c for case_*, bound_lib.c for bound_*, field_lib.c for
			# field_*, site_lib.c for site_*, sized_lib.c for sized_*, given_lib.c for given_*, written_lib.c for written_*,
			# readonly_lib.c for readonly_*), as 5.x
			# kbuild kept LTO modules
			local p=other
			case "$c" in ctx_*) p=ctx_lib ;; range_import) p=range_lib ;; phi_branch) p=phi_use ;; phi_sum) p=sum_use ;; ret_*) p=ret_lib ;;
				local_*) p=local_lib ;; global_*) p=global_lib ;; case_*) p=case_lib ;; bound_*) p=bound_lib ;;
				field_*) p=field_lib ;; site_*) p=site_lib ;; sized_*) p=sized_lib ;; given_*) p=given_lib ;; written_*) p=written_lib ;;
				readonly_*) p=readonly_lib ;; esac
			(cd "$d" && rm -f "$c.a" && "llvm-ar-$n" rcST "$c.a" "$c.o" "$p.o")
			"ld.lld-$n" -r -m elf_x86_64 -o "$d/$c.native.o" "$d/$c.o" "$d/$p.o"
			"llvm-nm-$n" -u "$d/$c.native.o" | awk '{print $2}' | LC_ALL=C sort -u >"$d/$c.truth"
			rm "$d/$c.native.o"
		done
	done
	# the point of each case, checked here so that a compiler that folds differently is noticed at build time
	for n in 14 22; do
		d=out/folding/clang-$n
		grep -qx kmalloc_large "$d/inlined_write.truth" || { echo "build.sh: folding: clang-$n: inlined_write does not call kmalloc_large" >&2; exit 1; }
		grep -qx kmalloc_large "$d/ctx_big.truth" || { echo "build.sh: folding: clang-$n: ctx_big does not call kmalloc_large" >&2; exit 1; }
		grep -qx kmalloc_large "$d/ctx_args.truth" && { echo "build.sh: folding: clang-$n: ctx_args calls kmalloc_large" >&2; exit 1; }
		grep -qx copy_overflow "$d/range_local.truth" && { echo "build.sh: folding: clang-$n: range_local calls copy_overflow" >&2; exit 1; }
		for c in phi_branch ret_known local_store global_store ret_object ret_global local_field phi_sum case_big bound_big field_tag \
			field_page given_literal given_escape given_write given_pointer given_indirect given_masked given_many given_pure local_indirect given_own \
			written_big readonly_copy lowered_select lowered_phi; do
			grep -qx kmalloc_large "$d/$c.truth" || { echo "build.sh: folding: clang-$n: $c does not call kmalloc_large" >&2; exit 1; }
		done
		grep -qx copy_overflow "$d/local_object.truth" || { echo "build.sh: folding: clang-$n: local_object does not call copy_overflow" >&2; exit 1; }
		for c in sized_given sized_inlined site_callback site_choice sized_wrapped; do
			grep -qx copy_overflow "$d/$c.truth" || { echo "build.sh: folding: clang-$n: $c does not call copy_overflow" >&2; exit 1; }
		done
		grep -qx copy_overflow "$d/site_over.truth" || { echo "build.sh: folding: clang-$n: site_over does not call copy_overflow" >&2; exit 1; }
		grep -qx copy_overflow "$d/site_fit.truth" && { echo "build.sh: folding: clang-$n: site_fit calls copy_overflow" >&2; exit 1; }
		grep -q 'llvm.objectsize' "$d/site_lib.ll" || { echo "build.sh: folding: clang-$n: site_lib's bitcode does not ask objectsize" >&2; exit 1; }
		grep -q 'llvm.is.constant' "$d/phi_branch.ll" || { echo "build.sh: folding: clang-$n: phi_branch's bitcode does not ask is.constant" >&2; exit 1; }
		for c in opaque_indirect opaque_extern and_flags phi_late phi_kept ret_opaque global_opaque phi_loop ret_lookup ret_swap \
			ret_choice phi_offset local_paths case_small bound_small field_size given_len written_zero; do
			grep -qx kmalloc_large "$d/$c.truth" && { echo "build.sh: folding: clang-$n: $c calls kmalloc_large" >&2; exit 1; }
			grep -qx __kmalloc "$d/$c.truth" || { echo "build.sh: folding: clang-$n: $c does not call __kmalloc" >&2; exit 1; }
		done
		# clang 19 and later already fold the comparison before the link (IPSCCP's range attribute on the
		# argument): only clang-14's bitcode holds the cases' point
		[ "$n" = 14 ] || continue
		for c in range_taken range_import; do
			grep -qx copy_overflow "$d/$c.truth" || { echo "build.sh: folding: clang-$n: $c does not call copy_overflow" >&2; exit 1; }
		done
		for c in range_local range_taken range_import; do
			grep -q 'icmp ugt i32 %0, 40' "$d/$c.ll" || { echo "build.sh: folding: clang-$n: $c's bitcode does not compare len" >&2; exit 1; }
		done
	done
	# (not in MANIFEST.tsv: Analysis/FoldingRuleTests reads out/folding/ itself)
}

if [ "${1:-}" = folding ]; then
	build_folding
	echo "build.sh: out/folding written" >&2
	exit 0
fi

if [ "${1:-}" = kmi ]; then
	rm -rf "$B"
	mkdir -p out "$B"
	trap 'rm -rf "$B"' EXIT
	build_kmi
	echo "build.sh: fixtures written to $(pwd)/out/kmi" >&2
	exit 0
fi

# everything but out/kmi/expected/ (written by kmi-expected.sh, from a script the repository lacks)
if [ -d out ]; then find out -mindepth 1 -maxdepth 1 ! -name kmi -exec rm -rf {} +; fi
rm -rf "$B"
mkdir -p out "$B"
trap 'rm -rf "$B"' EXIT

# "32"/"64" and "LE"/"BE" from an ELF file's e_ident
elf_class() { case "$(od -An -tu1 -j4 -N1 "$1" | tr -d ' ')" in 1) echo 32 ;; 2) echo 64 ;; *) echo '?' ;; esac; }
elf_data()  { case "$(od -An -tu1 -j5 -N1 "$1" | tr -d ' ')" in 1) echo LE ;; 2) echo BE ;; *) echo '?' ;; esac; }

printf '# path\tkind\tarch\tclass\tendianness\twhat\n' >"$MANIFEST"
# manifest PATH(rel. to out/) KIND ARCH ELF-FOR-CLASS WHAT
manifest() {
	local cls=- end=-
	if [ -n "$4" ]; then cls=$(elf_class "$4"); end=$(elf_data "$4"); fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$cls" "$end" "$5" >>"$MANIFEST"
}

# --------------------------------------------------------------------------
# 1. src/symbols.c for 7 targets: every nm class + module material
# --------------------------------------------------------------------------
targets=(
	"x86_64  x86_64-linux-gnu"
	"i386    i386-linux-gnu"
	"aarch64 aarch64-linux-gnu"
	"arm     armv7a-linux-gnueabi"
	"riscv64 riscv64-linux-gnu"
	"ppc64   powerpc64-linux-gnu"
	"s390x   s390x-linux-gnu"
)
for t in "${targets[@]}"; do
	read -r arch triple <<<"$t"
	extra=()
	[ "$arch" = x86_64 ] && extra=("${X86_64_KFLAGS[@]}")
	mkdir -p "out/$arch"
	o="out/$arch/symbols.o"
	$CC --target="$triple" "${CFLAGS[@]}" "${extra[@]}" -fcommon -c src/symbols.c -o "$o"
	$LLNM -P "$o" | sort >"$o.llvm-nm.txt"
	nm -P "$o" | sort >"$o.nm.txt"
	readelf -W -s -S -r "$o" >"$o.readelf.txt"
	manifest "$arch/symbols.o" elf-rel "$arch" "$o" \
		"src/symbols.c ($triple): all nm classes T t D d R B b C W V w v U A i, .modinfo, __versions, ___ksymtab(+_gpl)+sym, __ksymtab_strings, U __this_module"
done

# --------------------------------------------------------------------------
# 2a. kernel-like x86_64 modules (ld.lld -r of <mod>.o + <mod>.mod.o)
# --------------------------------------------------------------------------
mkdir -p out/modules "$B/modules"
kcc() { $CC --target=x86_64-linux-gnu "${CFLAGS[@]}" "${X86_64_KFLAGS[@]}" "$@"; }
for f in alpha alpha.mod beta beta.mod gamma.mod; do
	kcc -c "src/modules/$f.c" -o "$B/modules/$f.o"
done
for f in gamma_main gamma_util; do   # CONFIG_FTRACE style: calls __fentry__
	kcc -pg -mfentry -c "src/modules/$f.c" -o "$B/modules/$f.o"
done
$LD -r -o out/modules/alpha.ko "$B/modules/alpha.o" "$B/modules/alpha.mod.o"
$LD -r -o out/modules/beta.ko "$B/modules/beta.o" "$B/modules/beta.mod.o"
$LD -r -o out/modules/gamma.ko "$B/modules/gamma_main.o" "$B/modules/gamma_util.o" "$B/modules/gamma.mod.o"
gzip -n -9 -c out/modules/beta.ko >out/modules/beta.ko.gz
xz -T1 -6 --check=crc64 -c out/modules/beta.ko >out/modules/beta.ko.xz
zstd -q -19 --no-progress -c out/modules/beta.ko >out/modules/beta.ko.zst
printf '%s\n' alpha.ko beta.ko gamma.ko >out/modules/modules.order
{
	printf '0x%s\t%s\t%s\t%s\t%s\n' \
		9abcdef0 printk vmlinux EXPORT_SYMBOL '' \
		0badf00d kmalloc vmlinux EXPORT_SYMBOL '' \
		37a0cba1 kfree vmlinux EXPORT_SYMBOL '' \
		4dfa8d4b mutex_lock vmlinux EXPORT_SYMBOL_GPL '' \
		15ba50a6 jiffies vmlinux EXPORT_SYMBOL '' \
		a1fa1fa1 alpha_helper alpha EXPORT_SYMBOL ALPHA_NS
} >out/modules/Module.symvers
# golden, the kernel's way (nm | sed 's/^  *U //'), without __this_module
(cd out/modules && while read -r ko; do nm "$ko" | sed -n 's/^  *U //p'; done <modules.order) |
	sort -u | grep -vx '__this_module' >out/modules/used.expected.txt
for ko in alpha beta gamma; do
	$LLNM -P "out/modules/$ko.ko" | sort >"out/modules/$ko.ko.llvm-nm.txt"
done
manifest modules/alpha.ko kmod x86_64 out/modules/alpha.ko "ld -r of alpha.o+alpha.mod.o; U printk kmalloc kfree mutex_lock; exports alpha_helper (___ksymtab+alpha_helper, namespace ALPHA_NS); .init.text/.exit.text, init_module/cleanup_module aliases"
manifest modules/beta.ko kmod x86_64 out/modules/beta.ko "U printk jiffies queue_work alpha_helper (queue_work absent from Module.symvers and __versions); modinfo depends=alpha, import_ns=ALPHA_NS"
manifest modules/beta.ko.gz kmod-gz x86_64 out/modules/beta.ko "beta.ko, gzip -n -9"
manifest modules/beta.ko.xz kmod-xz x86_64 out/modules/beta.ko "beta.ko, xz --check=crc64"
manifest modules/beta.ko.zst kmod-zst x86_64 out/modules/beta.ko "beta.ko, zstd -19"
manifest modules/gamma.ko kmod x86_64 out/modules/gamma.ko "ld -r of two objects + gamma.mod.o: gamma_util_sum resolved inside (defined, not U); U __fentry__ __x86_return_thunk printk; weak undefined optional_hook (w, not used)"

# --------------------------------------------------------------------------
# 2b. archives (members: three tiny x86_64 objects)
# --------------------------------------------------------------------------
A=out/archives
mkdir -p "$A/members" "$B/ar"
for m in m1 m2 m3; do
	kcc -c "src/archives/$m.c" -o "$A/members/$m.o"
	cp "$A/members/$m.o" "$B/ar/$m.o"
done
cp "$B/ar/m1.o" "$B/ar/a_very_long_member_name_one.o"
cp "$B/ar/m2.o" "$B/ar/a_very_long_member_name_two.o"
(
	cd "$B/ar"
	$AR rcs --format=gnu gnu.a m1.o m2.o m3.o
	$AR rcs --format=gnu gnu-longnames.a a_very_long_member_name_one.o a_very_long_member_name_two.o m3.o
	SYM64_THRESHOLD=0 $AR rcs --format=gnu sym64.a m1.o m2.o m3.o
	$AR rcs --format=bsd bsd.a a_very_long_member_name_one.o a_very_long_member_name_two.o m3.o
)
mv "$B/ar/gnu.a" "$B/ar/gnu-longnames.a" "$B/ar/sym64.a" "$B/ar/bsd.a" "$A/"
[ "$(head -c 15 "$A/sym64.a" | tail -c 7)" = /SYM64/ ] || { echo "sym64.a lacks /SYM64/" >&2; exit 1; }
grep -aqF '#1/' "$A/bsd.a" || { echo "bsd.a lacks #1/N members" >&2; exit 1; }
grep -aqF '//              ' "$A/gnu-longnames.a" || { echo "gnu-longnames.a lacks // table" >&2; exit 1; }
(
	cd "$A"
	$AR rcsT thin.a members/m1.o members/m2.o members/m3.o
	# nested thin archive: llvm-ar and GNU ar both flatten, so write the
	# outer one with mkar.py (inner one is a normal llvm-ar thin archive)
	$AR rcsT nested-inner.a members/m2.o members/m3.o
	python3 ../../src/mkar.py --thin nested-thin.a members/m1.o nested-inner.a
	# cycles: thin-self.a names itself; thin-cycle.a -> thin-cycle-inner.a -> thin-cycle.a
	python3 ../../src/mkar.py --thin thin-self.a members/m1.o thin-self.a
	python3 ../../src/mkar.py --thin --allow-missing thin-cycle-inner.a members/m2.o thin-cycle.a
	python3 ../../src/mkar.py --thin thin-cycle.a members/m1.o thin-cycle-inner.a
	python3 ../../src/mkar.py --thin thin-cycle-inner.a members/m2.o thin-cycle.a
	# what a reader that recurses into nested thin archives should visit
	# (llvm-nm silently skips the nested member, see nested-thin.a.llvm-nm.txt)
	printf '%s\n' members/m1.o members/m2.o members/m3.o >nested-thin.a.flattened.txt
	printf '!<arch>\n' >empty.a
	printf '!<thin>\n' >empty-thin.a
	for a in gnu gnu-longnames sym64 bsd thin nested-inner nested-thin empty empty-thin; do
		if timeout 20 $LLNM -A -P "$a.a" >"../../$B/nm.out" 2>"../../$B/nm.err"; then
			sort "../../$B/nm.out" >"$a.a.llvm-nm.txt"
		else
			echo "note: llvm-nm cannot read $a.a: $(head -1 "../../$B/nm.err")" >&2
		fi
	done
)
M1="$A/members/m1.o"
for m in m1 m2 m3; do
	manifest "archives/members/$m.o" elf-rel x86_64 "$A/members/$m.o" "archive member ($m.c); referenced by thin archives as members/$m.o"
done
manifest archives/gnu.a ar-gnu x86_64 "$M1" "llvm-ar rcs --format=gnu: '/' symbol index, short names 'm1.o/'"
manifest archives/gnu-longnames.a ar-gnu x86_64 "$M1" "GNU names > 15 chars via '//' table and '/N' references, mixed with a short name"
manifest archives/sym64.a ar-gnu-sym64 x86_64 "$M1" "GNU archive with 64-bit '/SYM64/' symbol index (SYM64_THRESHOLD=0 llvm-ar)"
manifest archives/bsd.a ar-bsd x86_64 "$M1" "BSD archive: '__.SYMDEF' index, long names as '#1/N' (name prepended to data)"
manifest archives/thin.a ar-thin x86_64 "$M1" "GNU thin archive ('!<thin>'), members/m1.o .. m3.o relative to the archive"
manifest archives/nested-inner.a ar-thin x86_64 "$M1" "thin archive (m2, m3) used as a member of nested-thin.a"
manifest archives/nested-thin.a ar-thin-nested x86_64 "$M1" "thin archive with members/m1.o and the thin archive nested-inner.a as a member (not flattened; mkar.py; no symbol index)"
manifest archives/thin-self.a ar-thin-cycle x86_64 "$M1" "thin archive naming itself as a member (cycle guard must reject)"
manifest archives/thin-cycle.a ar-thin-cycle x86_64 "$M1" "thin archive -> thin-cycle-inner.a -> thin-cycle.a (cycle guard must reject)"
manifest archives/thin-cycle-inner.a ar-thin-cycle x86_64 "$M1" "inner half of the thin-cycle.a cycle"
manifest archives/empty.a ar-empty - "" "just '!<arch>\\n'"
manifest archives/empty-thin.a ar-empty - "" "just '!<thin>\\n'"

# --------------------------------------------------------------------------
# 2c. > 65280 sections: extended section numbering
# --------------------------------------------------------------------------
mkdir -p out/bigsections
NSEC=66000
python3 src/gen-bigsections.py "$NSEC" >"$B/many-sections.s"
big() {   # big TRIPLE OUTNAME
	$CC --target="$1" -c "$B/many-sections.s" -o "$B/$2-clang.o"
	# clang puts .strtab (= shstrtab) at index 1; GNU objcopy rewrites the
	# object with .shstrtab last, so e_shstrndx becomes SHN_XINDEX too.
	objcopy "$B/$2-clang.o" "$B/$2.o"
	local o
	for o in "$2" "$2-clang"; do
		gzip -n -9 -c "$B/$o.o" >"out/bigsections/$o.o.gz"
		readelf -h "$B/$o.o" >"out/bigsections/$o.o.readelf-h.txt"
	done
	$LLNM -P "$B/$2.o" | sort >"out/bigsections/$2.o.llvm-nm.txt"
	cmp -s <($LLNM -P "$B/$2-clang.o" | sort) "out/bigsections/$2.o.llvm-nm.txt" ||
		{ echo "$2: clang and objcopy variants differ in symbols" >&2; exit 1; }
	grep -q 'Number of section headers: *0 ('"$((NSEC + 9))"')' "out/bigsections/$2.o.readelf-h.txt" ||
		{ echo "$2: e_shnum is not 0" >&2; exit 1; }
	grep -q 'Section header string table index: 65535 (' "out/bigsections/$2.o.readelf-h.txt" ||
		{ echo "$2: e_shstrndx is not SHN_XINDEX" >&2; exit 1; }
	readelf -S -W "$B/$2.o" | grep -c 'SYMTAB SECTION INDICES' >/dev/null ||
		{ echo "$2: no SHT_SYMTAB_SHNDX" >&2; exit 1; }
}
big x86_64-linux-gnu many-sections
big i386-linux-gnu many-sections-i386
manifest bigsections/many-sections.o.gz elf-rel-gz x86_64 "$B/many-sections.o" "$NSEC+ sections: e_shnum=0 (count in shdr[0].sh_size), e_shstrndx=SHN_XINDEX (shdr[0].sh_link), SHT_SYMTAB_SHNDX; gzip"
manifest bigsections/many-sections-clang.o.gz elf-rel-gz x86_64 "$B/many-sections-clang.o" "as many-sections.o but raw clang output: e_shnum=0 yet e_shstrndx=1 (string table first); same symbols; gzip"
manifest bigsections/many-sections-i386.o.gz elf-rel-gz i386 "$B/many-sections-i386.o" "ELF32 variant of many-sections.o (REL relocations); gzip"
manifest bigsections/many-sections-i386-clang.o.gz elf-rel-gz i386 "$B/many-sections-i386-clang.o" "ELF32 raw clang variant: e_shnum=0, e_shstrndx=1; gzip"

# --------------------------------------------------------------------------
# LLVM bitcode: every linkage llvm-nm distinguishes, a multi-module file, the wrapper
# --------------------------------------------------------------------------
mkdir -p out/bitcode
BCFLAGS=(-ffreestanding -nostdinc -fno-ident -fcommon -O2)
for t in x86_64-linux-gnu aarch64-linux-gnu i386-linux-gnu; do
	a=${t%%-*}
	$CC --target="$t" "${BCFLAGS[@]}" -flto=thin -c src/bitcode/linkage.c -o "out/bitcode/linkage-$a.bc"
	$LLNM -P "out/bitcode/linkage-$a.bc" | sort >"out/bitcode/linkage-$a.bc.llvm-nm.txt"
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "bitcode/linkage-$a.bc" bitcode "$a" - - \
		"src/bitcode/linkage.c -flto=thin: external, internal, weak, extern_weak, common, available_externally, private, alias, ifunc" >>"$MANIFEST"
done
$CC --target=x86_64-linux-gnu "${BCFLAGS[@]}" -flto -c src/bitcode/second.c -o "$B/second.bc"
$CC --target=x86_64-linux-gnu "${BCFLAGS[@]}" -flto -c src/bitcode/linkage.c -o "$B/linkage-full.bc"
llvm-cat-14 -b -o out/bitcode/two-modules.bc "$B/linkage-full.bc" "$B/second.bc"
$LLNM -P out/bitcode/two-modules.bc | sort >out/bitcode/two-modules.bc.llvm-nm.txt
printf '%s\t%s\t%s\t%s\t%s\t%s\n' bitcode/two-modules.bc bitcode x86_64 - - \
	"llvm-cat -b of linkage.c and second.c: two MODULE blocks sharing one STRTAB" >>"$MANIFEST"
$CC --target=x86_64-linux-gnu "${BCFLAGS[@]}" -flto -c src/bitcode/templates.cpp -o out/bitcode/templates.bc
$LLNM -P out/bitcode/templates.bc | sort >out/bitcode/templates.bc.llvm-nm.txt
printf '%s\t%s\t%s\t%s\t%s\t%s\n' bitcode/templates.bc bitcode x86_64 - - \
	"src/bitcode/templates.cpp -flto: weak_odr and linkonce_odr" >>"$MANIFEST"
$CC --target=x86_64-apple-macos "${BCFLAGS[@]}" -flto -c src/bitcode/second.c -o out/bitcode/wrapped.bc
$LLNM -P out/bitcode/wrapped.bc | sort >out/bitcode/wrapped.bc.llvm-nm.txt
printf '%s\t%s\t%s\t%s\t%s\t%s\n' bitcode/wrapped.bc bitcode-wrapper x86_64 - - \
	"src/bitcode/second.c for a Darwin target: bitcode inside the 0x0B17C0DE wrapper" >>"$MANIFEST"

build_constructs

# --------------------------------------------------------------------------
# 5. a kernel-like object tree for gen-autoksyms (src/kbuild/ -> out/kbuild/):
# the state of a Clang LTO build with CONFIG_TRIM_UNUSED_KSYMS before modpost,
# and the header the kernel's own way makes of it (expected-autoksyms.h)
# --------------------------------------------------------------------------
K=out/kbuild
KO=$K/objtree   # not "obj": .gitignore drops every obj/ folder
mkdir -p "$KO/include/config" "$KO/drivers/alpha" "$KO/drivers/beta" "$KO/drivers/gamma" "$KO/fs/delta" \
	"$K/srctree/android" "$K/usyms" "$B/kbuild"
# kbuild's x86_64 flags that matter here: kernel code model, fentry, strong stack protector, ThinLTO
KBFLAGS=(--target=x86_64-linux-gnu -nostdinc -fno-ident -fno-pic -fno-pie -O2 -mcmodel=kernel -mno-red-zone
	-pg -mfentry -fstack-protector-strong -fno-asynchronous-unwind-tables)
kcc() { "$CC" "${KBFLAGS[@]}" "$@"; }
kcc -flto=thin -c src/kbuild/alpha_main.c -o "$KO/drivers/alpha/alpha_main.o"
kcc -flto=thin -c src/kbuild/alpha_util.c -o "$KO/drivers/alpha/alpha_util.o"
kcc -flto=thin -c src/kbuild/beta.c -o "$KO/drivers/beta/beta.o"
kcc -flto=thin -c src/kbuild/gamma_a.c -o "$KO/drivers/gamma/gamma_a.o"
kcc -flto=thin -c src/kbuild/gamma_b.c -o "$KO/drivers/gamma/gamma_b.o"
kcc -c src/kbuild/delta.c -o "$B/kbuild/delta.o"
"$LD" -r -m elf_x86_64 -o "$KO/fs/delta/delta.ko" "$B/kbuild/delta.o"
# a composite module's .o in an LTO build: a thin archive of its members (kbuild: $(AR) cDPrsT)
(cd "$KO" && "$AR" cDPrsT drivers/alpha/alpha.o drivers/alpha/alpha_main.o drivers/alpha/alpha_util.o)
# gamma has no .o yet, only its member list (kbuild 5.19+ .mod: one object per line)
printf '%s\n' drivers/gamma/gamma_a.o drivers/gamma/gamma_b.o >"$KO/drivers/gamma/gamma.mod"
printf '%s\n' drivers/alpha/alpha.ko drivers/beta/beta.ko drivers/gamma/gamma.ko fs/delta/delta.ko >"$KO/modules.order"
cat >"$KO/include/config/auto.conf" <<'EOC'
#
# Automatically generated file; DO NOT EDIT.
# Linux/x86 6.1.0 Kernel Configuration
#
CONFIG_LTO_CLANG_THIN=y
CONFIG_LTO_CLANG=y
CONFIG_MODULES=y
CONFIG_MODVERSIONS=y
CONFIG_TRIM_UNUSED_KSYMS=y
CONFIG_UNUSED_KSYMS_WHITELIST="android/ksym-wl.txt"
EOC
cp src/kbuild/ksym-wl.txt "$K/srctree/android/ksym-wl.txt"
# The kernel's way (kbuild 5.15-6.4 with CONFIG_LTO_CLANG): each module linked to native code by
# `ld.lld -r` (the ThinLTO backend), its undefined symbols (`nm | sed -n 's/^  *U //p'`: the .usyms),
# then gen_autoksyms.sh: module_layout for CONFIG_MODVERSIONS, the whitelist (relative: not under the
# object tree, so under the source tree), split at spaces, blank lines dropped, a leading dot dropped,
# sort -u in the C locale, __this_module dropped, one #define each under the header comment.
kusyms() { # NAME MEMBER... (relative to $KO)
	local name=$1 m args=()
	shift
	for m in "$@"; do args+=("$KO/$m"); done
	"$LD" -r -m elf_x86_64 -mllvm -import-instr-limit=5 -o "$B/kbuild/$name.native.o" --whole-archive "${args[@]}"
	"$LLNM" "$B/kbuild/$name.native.o" | sed -n 's/^  *U //p' >"$K/usyms/$name.usyms"
}
kusyms alpha drivers/alpha/alpha_main.o drivers/alpha/alpha_util.o
kusyms beta drivers/beta/beta.o
kusyms gamma drivers/gamma/gamma_a.o drivers/gamma/gamma_b.o
"$LLNM" "$KO/fs/delta/delta.ko" | sed -n 's/^  *U //p' >"$K/usyms/delta.usyms"
{
	printf '/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n'
	{ cat "$K"/usyms/alpha.usyms "$K"/usyms/beta.usyms "$K"/usyms/gamma.usyms "$K"/usyms/delta.usyms
	  echo " module_layout"; cat "$K/srctree/android/ksym-wl.txt"; } |
		sed -e 's/ /\n/g' | sed -n -e '/^$/!p' | sed -e 's/^\.//' | sort -u |
		grep -v '^__this_module$' | sed -e 's/\(.*\)/#define __KSYM_\1 1/'
} >"$K/expected-autoksyms.h"
# (not in MANIFEST.tsv: these files are one tree, tested as a whole by Kbuild/GenAutoksymsTests)

build_lookups
build_kmi
build_folding

echo "build.sh: fixtures written to $(pwd)/out" >&2
