#!/usr/bin/env python3
"""gen-llc-truth.py - native truth for the lowering model, from llc itself.

Usage: gen-llc-truth.py OUT.tsv.gz [LLVM_MAJOR...]   (default: every llc-N on PATH among 11..19)
       environment: JOBS (parallel llc runs, default 2), CONFIGS (comma-separated names, default all),
                    CACHE (a folder keeping each (LLVM, configuration) result, so a rerun resumes),
                    MERGE_ONLY (with CACHE: write what the cache holds, run nothing),
                    ADD_TO (an earlier output: its rows are kept and the LLVM versions run now are added to
                    them, e.g. `ADD_TO=llc-truth.tsv.gz gen-llc-truth.py new.tsv.gz 22` adds llc-22 without
                    rerunning 13..19)

For each target configuration (triple, target-cpu, target-features, function attributes) it writes one
small LLVM IR module with one function per case (an instruction, an intrinsic call, a library call or a
function attribute), compiles it with `llc-N -O2 -filetype=obj -function-sections -relocation-model=static`
(`-code-model=kernel` on x86_64), and records, per function, the undefined symbols that the relocations of
its own sections (`.text.<f>`, `.ARM.exidx.text.<f>`) name. A module llc rejects is retried one case at a
time; a case llc still rejects is recorded with status `error`.

Output (gzip, deterministic): tab-separated lines; `config` lines name each configuration (name, triple,
target-cpu, target-features, function attributes); then one line per (configuration, case attributes, module
flags, case, outcome) with the LLVM versions that gave that outcome: versions, config, attrs, flags, case,
status, symbols. `attrs` are the case's own function attributes `name` or `name=value` joined by `;`
(besides the configuration's); `flags` the module flags `name=value` joined by `;`; `case` the model call
(the formats are parsed by LlcTruthTests.cs); `symbols` the undefined symbols, sorted, space-separated.

Only the standard library and llc-N / llvm-readelf-N / llvm-nm-N are used.
"""
import gzip
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------------------------------------------------
# Target configurations: name, triple, target-cpu, target-features, extra function attributes.
X86_64_K = ('+cmov,+cx8,+fxsr,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,'
            '-avx,-mmx,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-ssse3,-x87')
I686_K = '+cmov,+cx8,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,+x87,-mmx,-sse,-sse2'
ARM_SOFT = ('+armv7-a,+dsp,+soft-float,-d32,-fp-armv8,-fp16,-fp64,-fpregs,-neon,-thumb-mode,-vfp2,-vfp2sp,-vfp3,'
            '-vfp3d16,-vfp4')
CONFIGS = [
    ('x86_64', 'x86_64-unknown-linux-gnu', 'x86-64', '+cx8,+fxsr,+mmx,+sse,+sse2,+x87', []),
    ('x86_64-kernel', 'x86_64-unknown-linux-gnu', 'x86-64', X86_64_K, ['noimplicitfloat', 'noredzone']),
    ('x86_64-cx16', 'x86_64-unknown-linux-gnu', 'x86-64', '+cx16,+cx8,+fxsr,+mmx,+sse,+sse2,+sse4.1,+x87', []),
    ('i386', 'i386-unknown-linux-gnu', 'i386', '+x87', []),
    ('i586', 'i586-unknown-linux-gnu', 'pentium', '+cx8,+x87', []),
    ('i686-kernel', 'i686-unknown-linux-gnu', 'i686', I686_K, ['noimplicitfloat']),
    ('i686-sse2', 'i686-unknown-linux-gnu', 'pentium4', '+cx8,+mmx,+sse,+sse2,+x87', []),
    ('aarch64', 'aarch64-unknown-linux-gnu', 'generic', '+neon,+fp-armv8', []),
    ('aarch64-kernel', 'aarch64-unknown-linux-gnu', 'generic', '-fp-armv8,-neon,-outline-atomics', []),
    ('aarch64-outline', 'aarch64-unknown-linux-gnu', 'generic', '+neon,+fp-armv8,+outline-atomics', []),
    ('aarch64-lse', 'aarch64-unknown-linux-gnu', 'generic', '+neon,+fp-armv8,+lse', []),
    ('armv7-soft', 'armv7a-unknown-linux-gnueabi', 'generic', ARM_SOFT, ['use-soft-float=true']),
    ('armv7-hf', 'armv7a-unknown-linux-gnueabihf', 'generic', '+armv7-a,+d32,+dsp,+fp64,+neon,+vfp2,+vfp3,-thumb-mode', []),
    ('armv7-hwdiv', 'armv7a-unknown-linux-gnueabihf', 'generic',
     '+armv7-a,+d32,+dsp,+fp64,+hwdiv,+hwdiv-arm,+neon,+vfp2,+vfp3,-thumb-mode', []),
    ('thumbv7-hf', 'thumbv7-unknown-linux-gnueabihf', 'generic', '+armv7-a,+d32,+dsp,+fp64,+neon,+thumb-mode,+vfp3', []),
    ('armv6-soft', 'armv6-unknown-linux-gnueabi', 'arm1136jf-s', '+armv6,+dsp,+soft-float,-vfp2,-fpregs,-thumb-mode',
     ['use-soft-float=true']),
    ('armv7-android', 'armv7a-unknown-linux-androideabi', 'generic', '+armv7-a,+d32,+dsp,+fp64,+neon,+vfp3,-thumb-mode', []),
    ('riscv64-kernel', 'riscv64-unknown-linux-gnu', 'generic-rv64', '+64bit,+a,+c,+m,-d,-f,-relax', []),
    ('riscv64-gc', 'riscv64-unknown-linux-gnu', 'generic-rv64', '+64bit,+a,+c,+d,+f,+m', []),
    ('riscv64-i', 'riscv64-unknown-linux-gnu', 'generic-rv64', '+64bit,-a,-c,-d,-f,-m', []),
    ('riscv32-imac', 'riscv32-unknown-linux-gnu', 'generic-rv32', '+a,+c,+m,-d,-f', []),
    ('riscv32-i', 'riscv32-unknown-linux-gnu', 'generic-rv32', '-a,-c,-d,-f,-m', []),
    ('ppc64le', 'powerpc64le-unknown-linux-gnu', 'pwr8', '+altivec,+vsx,+power8-vector,+direct-move,+quadword-atomics', []),
    ('ppc64le-kernel', 'powerpc64le-unknown-linux-gnu', 'pwr8',
     '+quadword-atomics,-altivec,-direct-move,-float128,-hard-float,-power8-vector,-vsx', ['use-soft-float=true']),
    ('ppc64', 'powerpc64-unknown-linux-gnu', 'pwr7', '+altivec,+vsx', []),
    ('ppc32', 'powerpc-unknown-linux-gnu', 'ppc', '-altivec,-hard-float,-vsx', ['use-soft-float=true']),
    ('ppc32-hard', 'powerpc-unknown-linux-gnu', 'ppc', '+hard-float', []),
    ('s390x-kernel', 's390x-unknown-linux-gnu', 'z10', '+soft-float', ['use-soft-float=true', 'backchain']),
    ('s390x-z13', 's390x-unknown-linux-gnu', 'z13', '+vector', []),
]


def arch_of(triple):
    return triple.split('-')[0]


def bits_of(triple):
    a = arch_of(triple)
    return 64 if a in ('x86_64', 'aarch64', 'riscv64', 'powerpc64le', 'powerpc64', 's390x') else 32


# ---------------------------------------------------------------------------------------------------------
# Types. Shape text (shared with LlcTruthTests.cs): iN, f16 bf16 f32 f64 f80 f128 ppcf128.
IR_TYPE = {'f16': 'half', 'bf16': 'bfloat', 'f32': 'float', 'f64': 'double', 'f80': 'x86_fp80', 'f128': 'fp128',
           'ppcf128': 'ppc_fp128'}


def ir(shape):
    return IR_TYPE.get(shape, shape)


def type_ok(shape, triple):
    a = arch_of(triple)
    if shape == 'f80':
        return a.startswith('x86') or re.match(r'i[3-6]86', a)
    if shape == 'ppcf128':
        return a.startswith('powerpc')
    return True


class Case:
    def __init__(self, key, body, decls=(), attrs=(), flags=(), min_llvm=0, nounwind=True):
        self.key = key          # the `case` column
        self.body = body        # function text with {F} for the name, {P} for the pointer type of a width
        self.decls = decls
        self.attrs = list(attrs)
        self.flags = list(flags)
        self.min_llvm = min_llvm
        self.nounwind = nounwind


def ptr(llvm, elem='i8'):
    return 'ptr' if llvm >= 15 else elem + '*'


INT_OPS = ['udiv', 'sdiv', 'urem', 'srem', 'mul', 'shl', 'lshr', 'ashr', 'add']
FP_OPS = ['fadd', 'fsub', 'fmul', 'fdiv', 'frem']
FCMP = ['false', 'oeq', 'ogt', 'oge', 'olt', 'ole', 'one', 'ord', 'uno', 'ueq', 'ugt', 'uge', 'ult', 'ule', 'une', 'true']
RMW = ['xchg', 'add', 'sub', 'and', 'nand', 'or', 'xor', 'max', 'min', 'umax', 'umin', 'fadd', 'fsub', 'fmax', 'fmin',
       'uinc_wrap', 'udec_wrap']
ORDERINGS = ['monotonic', 'acquire', 'release', 'acq_rel', 'seq_cst']


def instruction_cases(triple, llvm):
    out = []
    for w in (16, 32, 64, 128):
        t = 'i%d' % w
        for op in INT_OPS:
            key = 'inst|%s|%s|%s|-1|0|' % (op, t, t)
            out.append(Case(key, 'define %s @{F}(%s %%a, %s %%b) {A} {\n  %%r = %s %s %%a, %%b\n  ret %s %%r\n}' % (t, t, t, op, t, t)))
            if op in ('shl', 'lshr', 'ashr', 'mul') and w >= 64:
                key = 'inst|%s|%s|%s|-1|0|minsize' % (op, t, t)
                out.append(Case(key, 'define %s @{F}(%s %%a, %s %%b) {A} {\n  %%r = %s %s %%a, %%b\n  ret %s %%r\n}' % (t, t, t, op, t, t),
                                attrs=['minsize', 'optsize']))
    for f in ('f16', 'f32', 'f64', 'f80', 'f128', 'ppcf128'):
        if not type_ok(f, triple):
            continue
        t = ir(f)
        for op in FP_OPS:
            key = 'inst|%s|%s|%s|-1|0|' % (op, f, f)
            out.append(Case(key, 'define %s @{F}(%s %%a, %s %%b) {A} {\n  %%r = %s %s %%a, %%b\n  ret %s %%r\n}' % (t, t, t, op, t, t)))
        out.append(Case('inst|fneg|%s|%s|-1|0|' % (f, f), 'define %s @{F}(%s %%a) {A} {\n  %%r = fneg %s %%a\n  ret %s %%r\n}' % (t, t, t, t)))
        if f in ('f16', 'f80', 'ppcf128'):
            preds = ['olt']
        else:
            preds = FCMP[1:-1]
        for i, p in enumerate(FCMP):
            if p not in preds:
                continue
            out.append(Case('inst|fcmp|%s|i1|%d|0|' % (f, i),
                            'define i1 @{F}(%s %%a, %s %%b) {A} {\n  %%r = fcmp %s %s %%a, %%b\n  ret i1 %%r\n}' % (t, t, p, t)))
    conv_f = [f for f in ('f16', 'f32', 'f64', 'f80', 'f128', 'ppcf128') if type_ok(f, triple)]
    for f in conv_f:
        for i in ('i32', 'i64', 'i128'):
            for op in ('fptosi', 'fptoui'):
                out.append(Case('inst|%s|%s|%s|-1|0|' % (op, f, i),
                                'define %s @{F}(%s %%a) {A} {\n  %%r = %s %s %%a to %s\n  ret %s %%r\n}' % (i, ir(f), op, ir(f), i, i)))
            for op in ('sitofp', 'uitofp'):
                out.append(Case('inst|%s|%s|%s|-1|0|' % (op, i, f),
                                'define %s @{F}(%s %%a) {A} {\n  %%r = %s %s %%a to %s\n  ret %s %%r\n}' % (ir(f), i, op, i, ir(f), ir(f))))
    order = ['f16', 'bf16', 'f32', 'f64', 'f80', 'f128', 'ppcf128']
    for a in conv_f + ['bf16']:
        for b in conv_f:
            if a == b or (a == 'bf16' and b != 'f32'):
                continue
            if {a, b} & {'f80', 'ppcf128'} and {a, b} & {'f128'}:
                continue
            small, big = (a, b) if order.index(a) < order.index(b) else (b, a)
            if a == small:
                op = 'fpext'
            else:
                op = 'fptrunc'
            if a == 'bf16' and llvm < 17:
                continue
            out.append(Case('inst|%s|%s|%s|-1|0|' % (op, a, b),
                            'define %s @{F}(%s %%a) {A} {\n  %%r = %s %s %%a to %s\n  ret %s %%r\n}' % (ir(b), ir(a), op, ir(a), ir(b), ir(b))))
    # atomics
    for w in (8, 16, 32, 64, 128):
        t = 'i%d' % w
        aligns = [w // 8] + ([4] if w == 64 else []) + ([8] if w == 128 else [])
        for al in aligns:
            for i, op in enumerate(RMW):
                if op.startswith('f'):
                    continue
                if op in ('uinc_wrap', 'udec_wrap') and llvm < 16:
                    continue
                orders = ORDERINGS if (w in (32, 64) and al == w // 8 and op in ('add', 'xchg')) else ['seq_cst']
                for o in orders:
                    body = 'define %s @{F}({P} %%p, %s %%v) {A} {\n  %%r = atomicrmw %s {P} %%p, %s %%v %s, align %d\n  ret %s %%r\n}' % (
                        t, t, op, t, o, al, t)
                    out.append(Case('inst|atomicrmw|%s|%s|%d|%d|%s' % (t, t, i, al, o), body.replace('{P}', ptr(llvm, t))))
            for o in (ORDERINGS if w in (32, 64) and al == w // 8 else ['seq_cst']):
                fo = {'release': 'monotonic', 'acq_rel': 'acquire'}.get(o, o)
                body = ('define %s @{F}({P} %%p, %s %%c, %s %%n) {A} {\n  %%x = cmpxchg {P} %%p, %s %%c, %s %%n %s %s, align %d\n'
                        '  %%r = extractvalue { %s, i1 } %%x, 0\n  ret %s %%r\n}') % (t, t, t, t, t, o, fo, al, t, t)
                out.append(Case('inst|cmpxchg|%s|%s|-1|%d|%s' % (t, t, al, o), body.replace('{P}', ptr(llvm, t))))
            body = 'define %s @{F}({P} %%p) {A} {\n  %%r = load atomic %s, {P} %%p seq_cst, align %d\n  ret %s %%r\n}' % (t, t, al, t)
            out.append(Case('inst|atomicload|%s|%s|-1|%d|seq_cst' % (t, t, al), body.replace('{P}', ptr(llvm, t))))
            body = 'define void @{F}({P} %%p, %s %%v) {A} {\n  store atomic %s %%v, {P} %%p seq_cst, align %d\n  ret void\n}' % (t, t, al)
            out.append(Case('inst|atomicstore|%s|%s|-1|%d|seq_cst' % (t, t, al), body.replace('{P}', ptr(llvm, t))))
    for f in ('f32', 'f64'):
        t = ir(f)
        for op in ('fadd', 'fsub', 'fmax', 'fmin'):
            if op in ('fmax', 'fmin') and llvm < 15:
                continue
            body = 'define %s @{F}({P} %%p, %s %%v) {A} {\n  %%r = atomicrmw %s {P} %%p, %s %%v seq_cst, align %d\n  ret %s %%r\n}' % (
                t, t, op, t, int(f[1:]) // 8, t)
            out.append(Case('inst|atomicrmw|%s|%s|%d|%d|seq_cst' % (f, f, RMW.index(op), int(f[1:]) // 8),
                            body.replace('{P}', ptr(llvm, t))))
    return out


MEM_SIZES = [1, 2, 3, 4, 7, 8, 12, 15, 16, 24, 31, 32, 33, 48, 63, 64, 65, 96, 127, 128, 129, 256, 257, 512, 4096]


def mem_name(kind, llvm, bits):
    n = 'i%d' % bits
    if llvm >= 15:
        return 'llvm.%s.p0.p0.%s' % (kind, n) if kind != 'memset' else 'llvm.memset.p0.%s' % n
    return 'llvm.%s.p0i8.p0i8.%s' % (kind, n) if kind != 'memset' else 'llvm.memset.p0i8.%s' % n


def intrinsic_cases(triple, llvm):
    out = []
    bits = bits_of(triple)
    lt = 'i%d' % bits
    p = ptr(llvm)
    for kind in ('memcpy', 'memmove', 'memset'):
        name = mem_name(kind, llvm, bits)
        if kind == 'memset':
            decl = 'declare void @%s(%s, i8, %s, i1)' % (name, p, lt)
        else:
            decl = 'declare void @%s(%s, %s, %s, i1)' % (name, p, p, lt)
        for opt in ('', 'optsize'):
            for al in (1, 4, 8, 16):
                sizes = MEM_SIZES if opt == '' else [s for s in MEM_SIZES if s <= 129]
                for n in sizes + [None]:
                    if n is None and (al != 1 or opt):
                        continue
                    size = '%s %d' % (lt, n) if n is not None else '%s %%n' % lt
                    if kind == 'memset':
                        call = 'call void @%s(%s align %d %%d, i8 0, %s, i1 false)' % (name, p, al, size)
                        shapes, consts, aligns = '%s,i8,%s,i1' % ('ptr', lt), '_,0,%s,0' % (n if n is not None else '_'), '%d,0,0,0' % al
                    else:
                        call = 'call void @%s(%s align %d %%d, %s align %d %%s, %s, i1 false)' % (name, p, al, p, al, size)
                        shapes, consts, aligns = 'ptr,ptr,%s,i1' % lt, '_,_,%s,0' % (n if n is not None else '_'), '%d,%d,0,0' % (al, al)
                    body = 'define void @{F}(%s %%d, %s %%s, %s %%n) {A} {\n  %s\n  ret void\n}' % (p, p, lt, call)
                    key = 'intr|%s|%s|%s|%s|void|%s' % (name, shapes, consts, aligns, opt)
                    out.append(Case(key, body, decls=[decl], attrs=[opt] if opt else []))
    # overflow arithmetic
    for w in (32, 64, 128):
        t = 'i%d' % w
        for op in ('smul', 'umul', 'sadd', 'uadd', 'ssub', 'usub'):
            name = 'llvm.%s.with.overflow.%s' % (op, t)
            decl = 'declare { %s, i1 } @%s(%s, %s)' % (t, name, t, t)
            body = 'define { %s, i1 } @{F}(%s %%a, %s %%b) {A} {\n  %%r = call { %s, i1 } @%s(%s %%a, %s %%b)\n  ret { %s, i1 } %%r\n}' % (
                t, t, t, t, name, t, t, t)
            out.append(Case('intr|%s|%s,%s|_,_|0,0|%s|' % (name, t, t, t), body, decls=[decl]))
        for op in ('ctpop', 'ctlz', 'cttz', 'bswap', 'bitreverse', 'abs', 'umin', 'smax', 'sadd.sat', 'fshl'):
            if op in ('ctlz', 'cttz', 'abs'):
                args, cargs, shapes, consts = '(%s %%a, i1 false)' % t, '%s, i1' % t, '%s,i1' % t, '_,0'
            elif op in ('umin', 'smax', 'sadd.sat'):
                args, cargs, shapes, consts = '(%s %%a, %s %%b)' % (t, t), '%s, %s' % (t, t), '%s,%s' % (t, t), '_,_'
            elif op == 'fshl':
                args, cargs, shapes, consts = '(%s %%a, %s %%b, %s %%b)' % (t, t, t), '%s, %s, %s' % (t, t, t), '%s,%s,%s' % (t, t, t), '_,_,_'
            else:
                args, cargs, shapes, consts = '(%s %%a)' % t, t, t, '_'
            name = 'llvm.%s.%s' % (op, t)
            if op in ('umin', 'smax', 'abs') and llvm < 12:
                continue
            decl = 'declare %s @%s(%s)' % (t, name, cargs)
            body = 'define %s @{F}(%s %%a, %s %%b) {A} {\n  %%r = call %s @%s%s\n  ret %s %%r\n}' % (t, t, t, t, name, args, t)
            out.append(Case('intr|%s|%s|%s|%s|%s|' % (name, shapes, consts, ','.join(['0'] * len(shapes.split(','))), t),
                            body, decls=[decl]))
    # floating-point intrinsics
    unary = ['sqrt', 'floor', 'ceil', 'trunc', 'round', 'rint', 'nearbyint', 'roundeven', 'fabs', 'exp', 'exp2', 'log',
             'log2', 'log10', 'sin', 'cos', 'canonicalize']
    binary = ['copysign', 'minnum', 'maxnum', 'minimum', 'maximum', 'pow']
    for f in ('f32', 'f64', 'f128'):
        t = ir(f)
        for op in unary + binary + ['fma', 'powi', 'lround', 'llround', 'lrint', 'llrint', 'fptosi.sat', 'fptoui.sat', 'ldexp']:
            if op == 'ldexp' and llvm < 17:
                continue
            if f == 'f128' and op in ('canonicalize', 'minimum', 'maximum', 'roundeven'):
                continue
            if op in unary:
                name, decl_args, call_args, shapes, consts, res = 'llvm.%s.%s' % (op, f), t, '%s %%a' % t, f, '_', f
            elif op in binary:
                name, decl_args, call_args, shapes, consts, res = ('llvm.%s.%s' % (op, f), '%s, %s' % (t, t),
                                                                   '%s %%a, %s %%b' % (t, t), '%s,%s' % (f, f), '_,_', f)
            elif op == 'fma':
                name, decl_args, call_args, shapes, consts, res = ('llvm.fma.%s' % f, '%s, %s, %s' % (t, t, t),
                                                                   '%s %%a, %s %%b, %s %%b' % (t, t, t), '%s,%s,%s' % (f, f, f), '_,_,_', f)
            elif op in ('powi', 'ldexp'):
                suffix = '%s.i32' % f if (op == 'ldexp' or llvm >= 13) else f
                name, decl_args, call_args, shapes, consts, res = ('llvm.%s.%s' % (op, suffix), '%s, i32' % t,
                                                                   '%s %%a, i32 %%i' % t, '%s,i32' % f, '_,_', f)
            elif op in ('lround', 'lrint'):
                name, decl_args, call_args, shapes, consts, res = ('llvm.%s.%s.%s' % (op, lt, f), t, '%s %%a' % t, f, '_', lt)
            elif op in ('llround', 'llrint'):
                name, decl_args, call_args, shapes, consts, res = ('llvm.%s.i64.%s' % (op, f), t, '%s %%a' % t, f, '_', 'i64')
            else:
                name, decl_args, call_args, shapes, consts, res = ('llvm.%s.i32.%s' % (op, f), t, '%s %%a' % t, f, '_', 'i32')
            rt = ir(res)
            decl = 'declare %s @%s(%s)' % (rt, name, decl_args)
            body = 'define %s @{F}(%s %%a, %s %%b, i32 %%i) {A} {\n  %%r = call %s @%s(%s)\n  ret %s %%r\n}' % (
                rt, t, t, rt, name, call_args, rt)
            out.append(Case('intr|%s|%s|%s|%s|%s|' % (name, shapes, consts, ','.join(['0'] * len(shapes.split(','))), res),
                            body, decls=[decl]))
    # library functions the backend may expand
    for fn in ('memcmp', 'bcmp'):
        for n in (1, 2, 3, 4, 8, 16, 17, 32, 64, 65, None):
            for use in ('eq', 'full'):
                for nb in ('', 'no-builtins'):
                    if nb and n not in (4, 16):
                        continue
                    size = '%s %d' % (lt, n) if n is not None else '%s %%n' % lt
                    tail = '  %c = icmp eq i32 %r, 0\n  %z = zext i1 %c to i32\n  ret i32 %z' if use == 'eq' else '  ret i32 %r'
                    body = 'define i32 @{F}(%s %%a, %s %%b, %s %%n) {A} {\n  %%r = call i32 @%s(%s %%a, %s %%b, %s)\n%s\n}' % (
                        p, p, lt, fn, p, p, size, tail)
                    key = 'call|%s|ptr,ptr,%s|_,_,%s|1,1,0|i32|%s%s' % (fn, lt, n if n is not None else '_', use,
                                                                          ';' + nb if nb else '')
                    out.append(Case(key, body, decls=['declare i32 @%s(%s, %s, %s)' % (fn, p, p, lt)], attrs=[nb] if nb else []))
    for fn, sig, call in (
            ('mempcpy', '%s @mempcpy(%s, %s, %s)' % (p, p, p, lt), 'call %s @mempcpy(%s %%a, %s %%b, %s %%n)' % (p, p, p, lt)),
            ('strlen', '%s @strlen(%s)' % (lt, p), 'call %s @strlen(%s %%a)' % (lt, p)),
            ('strcmp', 'i32 @strcmp(%s, %s)' % (p, p), 'call i32 @strcmp(%s %%a, %s %%b)' % (p, p)),
            ('memchr', '%s @memchr(%s, i32, %s)' % (p, p, lt), 'call %s @memchr(%s %%a, i32 7, %s %%n)' % (p, p, lt)),
            ('strcpy', '%s @strcpy(%s, %s)' % (p, p, p), 'call %s @strcpy(%s %%a, %s %%b)' % (p, p, p)),
            ('strnlen', '%s @strnlen(%s, %s)' % (lt, p, lt), 'call %s @strnlen(%s %%a, %s %%n)' % (lt, p, lt))):
        rt = sig.split(' @')[0]
        body = 'define void @{F}(%s %%a, %s %%b, %s %%n, %s %%o) {A} {\n  %%r = %s\n  store volatile %s %%r, %s %%o\n  ret void\n}' % (
            p, p, lt, ptr(llvm, rt), call, rt, ptr(llvm, rt))
        out.append(Case('call|%s|_|_|_|_|' % fn, body, decls=['declare ' + sig]))
    # other intrinsics
    a = arch_of(triple)
    out.append(Case('intr|llvm.trap||||void|', 'define void @{F}() {A} {\n  call void @llvm.trap()\n  unreachable\n}',
                    decls=['declare void @llvm.trap()']))
    out.append(Case('intr|llvm.clear_cache|ptr,ptr|_,_|0,0|void|',
                    'define void @{F}(%s %%a, %s %%b) {A} {\n  call void @llvm.clear_cache(%s %%a, %s %%b)\n  ret void\n}' % (p, p, p, p),
                    decls=['declare void @llvm.clear_cache(%s, %s)' % (p, p)]))
    if a in ('aarch64', 'x86_64', 'armv7a', 'thumbv7', 'armv6', 'riscv64', 'powerpc64le', 's390x'):
        out.append(Case('intr|llvm.thread.pointer||||ptr|',
                        'define %s @{F}() {A} {\n  %%r = call %s @llvm.thread.pointer()\n  ret %s %%r\n}' % (p, p, p),
                        decls=['declare %s @llvm.thread.pointer()' % p]))
    if a in ('aarch64', 'x86_64'):
        for sfx, ai in (('', 0x12), ('.shortgranules', 0x12)):
            name = 'llvm.hwasan.check.memaccess' + sfx
            out.append(Case('intr|%s|ptr,ptr,i32|_,_,%d|0,0,0|void|' % (name, ai),
                            'define void @{F}(%s %%s, %s %%a) {A} {\n  call void @%s(%s %%s, %s %%a, i32 %d)\n  ret void\n}' % (
                                p, p, name, p, p, ai),
                            decls=['declare void @%s(%s, %s, i32)' % (name, p, p)], min_llvm=14 if a == 'x86_64' else 0))
    return out


def function_cases(triple, llvm):
    """Function attributes and module flags; body: an indirect call, a call, an escaping local array, a return."""
    out = []
    p = ptr(llvm)
    fp = 'ptr' if llvm >= 15 else 'void ()*'
    body = ('define void @{F}(%s %%fp) {A} {\n  %%buf = alloca [16 x i8], align 1\n  %%q = getelementptr [16 x i8], %s %%buf, i32 0, i32 0\n'
            '  call void @ext(%s %%q)\n  call void %%fp()\n  ret void\n}') % (fp, ptr(llvm, '[16 x i8]'), p)
    tail = 'define void @{F}(%s %%fp) {A} {\n  tail call void %%fp()\n  ret void\n}' % fp
    plain = 'define void @{F}() {A} {\n  call void @ext(%s null)\n  ret void\n}' % p
    d = ['declare void @ext(%s)' % p]
    a = arch_of(triple)

    def add(key, b, attrs=(), flags=(), min_llvm=0, nounwind=True):
        out.append(Case('fn|%s' % key, b, decls=d, attrs=attrs, flags=flags, min_llvm=min_llvm, nounwind=nounwind))

    add('base', body)
    add('ssp', body, ['ssp'])
    add('sspstrong', body, ['sspstrong'])
    add('sspreq', plain, ['sspreq'])
    for g in ('global', 'tls', 'sysreg'):
        if g == 'sysreg' and a != 'aarch64':
            continue
        if g == 'tls' and a == 'aarch64':
            continue
        add('sspreq-guard-' + g, plain, ['sspreq'], ['stack-protector-guard=' + g], min_llvm=13)
    if a.startswith('x86') or re.match(r'i[3-6]86', a):
        add('sspreq-guard-symbol', plain, ['sspreq'], ['stack-protector-guard-reg=gs', 'stack-protector-guard-symbol=__ref_stack_chk_guard'],
            min_llvm=16)
        add('fentry', plain, ['fentry-call=true'])
        add('fentry-nop', plain, ['fentry-call=true', 'mnop-mcount'])
        add('retpoline-call', body, [])
        add('retpoline-tail', tail, [])
        add('retthunk', plain, ['fn_ret_thunk_extern'], min_llvm=15)
    if a == 's390x':
        add('fentry', plain, ['fentry-call=true'])
        add('fentry-nop', plain, ['fentry-call=true', 'mnop-mcount'])
    for name in ('mcount', '\\01_mcount', '\\01__gnu_mcount_nc', '\\01mcount', '_mcount'):
        add('mcount-' + name.replace('\\01', 'x01'), plain, ['instrument-function-entry-inlined=' + name])
    add('cyg', plain, ['instrument-function-entry=__cyg_profile_func_enter', 'instrument-function-exit=__cyg_profile_func_exit'])
    add('uwtable', plain, ['uwtable'], nounwind=False)
    add('uwtable-nounwind', plain, ['uwtable'])
    add('mayunwind', plain, [], nounwind=False)
    add('split-stack', plain, ['split-stack'])
    add('safestack', body, ['safestack'])
    if a.startswith('riscv'):
        add('save-restore', body, ['target-features+=+save-restore'])
    add('probe-stack', ('define void @{F}() {A} {\n  %%buf = alloca [20000 x i8], align 1\n  %%q = getelementptr [20000 x i8], %s %%buf, i32 0, i32 0\n'
                        '  call void @ext(%s %%q)\n  ret void\n}') % (ptr(llvm, '[20000 x i8]'), p), ['probe-stack=__probestack'])
    return out


# ---------------------------------------------------------------------------------------------------------
def attr_text(attrs, cpu, features):
    parts = []
    for a in attrs:
        if a.startswith('target-features+='):
            features = features + ',' + a.split('=', 1)[1]
            continue
        if '=' in a:
            k, v = a.split('=', 1)
            parts.append('"%s"="%s"' % (k, v))
        elif a in ('optsize', 'minsize', 'noimplicitfloat', 'noredzone', 'ssp', 'sspstrong', 'sspreq', 'nounwind', 'uwtable',
                   'naked', 'fn_ret_thunk_extern', 'safestack'):
            parts.append(a)
        else:
            parts.append('"%s"' % a)
    parts.append('"target-cpu"="%s"' % cpu)
    parts.append('"target-features"="%s"' % features)
    return ' '.join(parts)


def flag_text(flags):
    md = []
    for i, f in enumerate(flags):
        k, v = f.split('=', 1)
        val = 'i32 %s' % v if re.fullmatch(r'-?\d+', v) else '!"%s"' % v
        md.append('!%d = !{i32 1, !"%s", %s}' % (i + 1, k, val))
    if not md:
        return ''
    return '!llvm.module.flags = !{%s}\n%s\n' % (', '.join('!%d' % (i + 1) for i in range(len(flags))), '\n'.join(md))


def module_text(triple, cpu, features, base_attrs, cases, llvm, names):
    decls = {}
    funcs = []
    groups = []
    for i, (case, fname) in enumerate(zip(cases, names)):
        attrs = list(base_attrs) + case.attrs + (['nounwind'] if case.nounwind else [])
        groups.append('attributes #%d = { %s }' % (i, attr_text(attrs, cpu, features)))
        funcs.append(case.body.replace('{F}', fname).replace('{A}', '#%d' % i))
        for dcl in case.decls:
            decls[dcl] = True
    return 'target triple = "%s"\n\n%s\n\n%s\n\n%s\n%s' % (
        triple, '\n'.join(decls), '\n\n'.join(funcs), '\n'.join(groups), flag_text(cases[0].flags if cases else []))


def compile_module(llvm, triple, text, work):
    src = os.path.join(work, 'm.ll')
    obj = os.path.join(work, 'm.o')
    with open(src, 'w') as f:
        f.write(text)
    args = ['llc-%d' % llvm, '-O2', '-filetype=obj', '-function-sections', '-relocation-model=static', '-o', obj, src]
    if triple.startswith('x86_64'):
        args.insert(1, '-code-model=kernel')
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr.strip().splitlines()[0] if r.stderr.strip() else 'llc failed'
    und = set(subprocess.run(['llvm-nm-%d' % llvm, '-u', '-j', obj], capture_output=True, text=True, check=True).stdout.split())
    rel = subprocess.run(['llvm-readelf-%d' % llvm, '-r', '--wide', obj], capture_output=True, text=True, check=True).stdout
    refs = {}
    section = None
    for line in rel.split('\n'):
        m = re.match(r"Relocation section '([^']+)'", line)
        if m:
            s = m.group(1)
            k = s.rfind('.text.')
            section = s[k + 6:] if k >= 0 else None
            continue
        if section is None:
            continue
        cols = line.split()
        if len(cols) >= 5 and re.fullmatch(r'[0-9a-f]{8,16}', cols[0]):
            sym = cols[4]
            if sym in und:
                refs.setdefault(section, set()).add(sym)
    return refs, None


def run_config(llvm, cfg, work):
    name, triple, cpu, features, base_attrs = cfg
    cases = [c for c in instruction_cases(triple, llvm) + intrinsic_cases(triple, llvm) + function_cases(triple, llvm)
             if c.min_llvm <= llvm]
    # group by module flags
    groups = {}
    for c in cases:
        groups.setdefault(tuple(c.flags), []).append(c)
    rows = []
    for flags, group in groups.items():
        results = {}
        names = ['f%d' % i for i in range(len(group))]

        def solve(idx):
            sub = [group[i] for i in idx]
            sub_names = [names[i] for i in idx]
            refs, err = compile_module(llvm, triple, module_text(triple, cpu, features, base_attrs, sub, llvm, sub_names), work)
            if refs is not None:
                for i in idx:
                    results[id(group[i])] = ('ok', sorted(refs.get(names[i], ())))
            elif len(idx) == 1:
                results[id(group[idx[0]])] = ('error', [err.replace('\t', ' ')[:100]])
            else:
                solve(idx[:len(idx) // 2])
                solve(idx[len(idx) // 2:])
        solve(list(range(len(group))))
        for c in group:
            status, syms = results[id(c)]
            rows.append((llvm, name, ';'.join(c.attrs), ';'.join(c.flags), c.key, status, ' '.join(syms)))
    return rows


def work_item(item):
    """One (LLVM, configuration) pair; cached in $CACHE (if set) as a JSON file so an interrupted run resumes."""
    llvm, cfg = item
    cache = os.environ.get('CACHE')
    path = os.path.join(cache, '%d-%s.json' % (llvm, cfg[0])) if cache else None
    if path and os.path.exists(path):
        with open(path) as f:
            return [tuple(r) for r in json.load(f)]
    if os.environ.get('MERGE_ONLY'):
        return []
    with tempfile.TemporaryDirectory() as work:
        rows = run_config(llvm, cfg, work)
    print('llvm %d %s: %d rows' % (llvm, cfg[0], len(rows)), file=sys.stderr)
    if path:
        with open(path + '.tmp', 'w') as f:
            json.dump(rows, f)
        os.replace(path + '.tmp', path)
    return rows


def read_output(path):
    """The rows of an earlier output, one per (LLVM version, config, attrs, flags, case, status, symbols)."""
    rows = []
    with gzip.open(path, 'rt') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#') or line.startswith('config\t'):
                continue
            vs, name, attrs, flags, key, status, syms = line.split('\t')
            rows.extend((int(v), name, attrs, flags, key, status, syms) for v in vs.split(','))
    return rows


def main():
    if len(sys.argv) < 2:
        raise SystemExit('usage: gen-llc-truth.py OUT.tsv.gz [LLVM_MAJOR...]')
    versions = [int(v) for v in sys.argv[2:]] or [v for v in range(11, 20) if shutil.which('llc-%d' % v)]
    only = os.environ.get('CONFIGS')
    configs = [c for c in CONFIGS if not only or c[0] in only.split(',')]
    items = [(v, c) for v in versions for c in configs]
    with multiprocessing.Pool(int(os.environ.get('JOBS', '2'))) as pool:
        results = pool.map(work_item, items, chunksize=1)
    if os.environ.get('ADD_TO'):
        earlier = read_output(os.environ['ADD_TO'])
        versions = sorted(set(versions) | {r[0] for r in earlier})
        results = [earlier] + results
    # merge identical outcomes across LLVM versions: (config, attrs, flags, case) -> {(status, symbols): [versions]}
    merged = {}
    order = []
    for rows in results:
        for llvm, name, attrs, flags, key, status, syms in rows:
            k = (name, attrs, flags, key)
            if k not in merged:
                merged[k] = {}
                order.append(k)
            merged[k].setdefault((status, syms), []).append(llvm)
    lines = ['# generated by gen-llc-truth.py from ' + ' '.join('llc-%d' % v for v in versions) + '; do not edit',
             '#config\tname\ttriple\tcpu\tfeatures\tattrs']
    for name, triple, cpu, features, attrs in configs:
        lines.append('\t'.join(['config', name, triple, cpu, features, ';'.join(attrs)]))
    lines.append('#versions\tconfig\tattrs\tflags\tcase\tstatus\tsymbols')
    for k in order:
        for (status, syms), vs in sorted(merged[k].items(), key=lambda e: min(e[1])):
            lines.append('\t'.join([','.join(str(v) for v in sorted(vs)), k[0], k[1], k[2], k[3], status, syms]))
    data = ('\n'.join(lines) + '\n').encode()
    with open(sys.argv[1], 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, filename='') as g:
            g.write(data)


if __name__ == '__main__':
    main()
