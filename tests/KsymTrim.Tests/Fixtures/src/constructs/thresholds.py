#!/usr/bin/env python3
"""thresholds.py - summarise where code generation stops expanding memory
intrinsics inline, from a memsize / cmpsize sweep.

Usage: thresholds.py NAME FILE.ll FILE.native-refs.tsv

NAME is the .bc file name printed in the first column. FILE.ll is the
llvm-dis text of the bitcode, FILE.native-refs.tsv the per-function native
truth (native-refs.py). Functions are named <op><size>[_a<align>] with op one
of cpy mov set (llvm.memcpy/memmove/memset) or bcmp memcmp
(__builtin_memcmp compared with 0 / used for its ordering) and size a
number or `var`. Prints one line per (op, align):

  file  op  align  max_inline  min_libcall  inline  libcall  folded

  inline   sizes whose IR still calls the intrinsic / function but whose
           native code references no memory libcall (expanded by codegen)
  libcall  sizes whose native code calls one; `N=sym` when the symbol is not
           the operation's own (e.g. a memmove lowered to memcpy)
  folded   sizes whose IR no longer has any call (expanded before codegen)
  max_inline / min_libcall  the largest `inline` size / smallest numeric
           `libcall` size, `-` if none (max_inline > min_libcall means the
           limit is not monotonic in the size)

Only the standard library is used; output is deterministic.
"""
import re
import sys

OWN = {'cpy': 'memcpy', 'mov': 'memmove', 'set': 'memset', 'bcmp': 'bcmp', 'memcmp': 'memcmp'}
LIBCALLS = {'memcpy', 'memmove', 'memset', 'bcmp', 'memcmp'}
FN_RE = re.compile(r'^(cpy|mov|set|bcmp|memcmp)(\d+|var)(?:_a(\d+))?$')
CALLEE_RE = re.compile(r'@(llvm\.mem(?:cpy|move|set)[\w.]*|memcpy|memmove|memset|bcmp|memcmp)\(')


def main(name, ll, refs):
    ir_calls = {}
    cur = None
    with open(ll, encoding='utf-8') as f:
        for line in f:
            if line.startswith('define '):
                cur = re.search(r'@([\w.$]+)\(', line).group(1)
                ir_calls[cur] = False
            elif line.startswith('}'):
                cur = None
            elif cur is not None and CALLEE_RE.search(line) and re.match(r'\s+(?:%\S+ = )?(?:tail )?call ', line):
                ir_calls[cur] = True
    native = {}
    with open(refs, encoding='utf-8') as f:
        for line in f:
            where, sym = line.rstrip('\n').split('\t')
            if sym in LIBCALLS:
                native.setdefault(where, set()).add(sym)
    groups = {}
    for fn, has_call in ir_calls.items():
        m = FN_RE.match(fn)
        if not m:
            continue
        op, size, align = m.group(1), m.group(2), m.group(3) or '-'
        g = groups.setdefault((op, align), {'inline': [], 'libcall': [], 'folded': []})
        key = (1 << 40) if size == 'var' else int(size)
        if fn in native:
            syms = sorted(native[fn])
            label = size if syms == [OWN[op]] else size + '=' + '+'.join(syms)
            g['libcall'].append((key, label))
        elif has_call:
            g['inline'].append((key, size))
        else:
            g['folded'].append((key, size))

    def align_key(a):
        return -1 if a == '-' else int(a)

    for (op, align) in sorted(groups, key=lambda k: (k[0], align_key(k[1]))):
        g = groups[(op, align)]
        cols = {k: ','.join(lbl for _, lbl in sorted(v)) or '-' for k, v in g.items()}
        inl = [k for k, _ in g['inline'] if k < (1 << 40)]
        lib = [k for k, _ in g['libcall'] if k < (1 << 40)]
        sys.stdout.write('\t'.join([name, op, align,
                                    str(max(inl)) if inl else '-',
                                    str(min(lib)) if lib else '-',
                                    cols['inline'], cols['libcall'], cols['folded']]) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        raise SystemExit('usage: thresholds.py NAME FILE.ll FILE.native-refs.tsv')
    main(*sys.argv[1:])
