#!/usr/bin/env python3
"""native-refs.py - which function of a native object references which
undefined symbol.

Usage: native-refs.py FILE.o > FILE.native-refs.tsv

Reads an ELF relocatable object (32/64-bit, either byte order, REL or RELA)
and prints one line `where<TAB>symbol` per distinct pair, sorted, for every
relocation whose symbol is undefined (SHN_UNDEF, any binding):

  where   the function (STT_FUNC symbol, local or global) whose
          [st_value, st_value + st_size) in the relocated section holds the
          relocation's offset; else the nearest STT_FUNC symbol of size 0
          at or before it in that section (code emitted without .size,
          e.g. the outlined __hwasan_check_* helpers); else `[section]`
          with the relocated section's name (e.g. `[__ex_table]`,
          `[.altinstructions]`, or `[.text]` for an ARM literal pool)

Only the standard library is used; output is deterministic.
"""
import struct
import sys

SHT_RELA, SHT_REL, SHT_SYMTAB = 4, 9, 2
STT_FUNC = 2


def main(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:4] != b'\x7fELF':
        raise SystemExit('%s: not ELF' % path)
    is64 = data[4] == 2
    end = '<' if data[5] == 1 else '>'
    if is64:
        (shoff,) = struct.unpack_from(end + 'Q', data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(end + 'HHH', data, 0x3a)
    else:
        (shoff,) = struct.unpack_from(end + 'I', data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(end + 'HHH', data, 0x2e)
    secs = []
    for i in range(shnum):
        o = shoff + i * shentsize
        if is64:
            name, typ, _fl, _ad, off, size, link, info, _al, entsize = struct.unpack_from(end + 'IIQQQQIIQQ', data, o)
        else:
            name, typ, _fl, _ad, off, size, link, info, _al, entsize = struct.unpack_from(end + 'IIIIIIIIII', data, o)
        secs.append((name, typ, off, size, link, info, entsize))

    def cstr(off):
        return data[off:data.index(b'\0', off)].decode('utf-8', 'backslashreplace')

    shstr = secs[shstrndx][2]
    names = [cstr(shstr + s[0]) for s in secs]

    symtab = next(i for i, s in enumerate(secs) if s[1] == SHT_SYMTAB)
    _n, _t, soff, ssize, slink, _i, sent = secs[symtab]
    strtab = secs[slink][2]
    syms = []
    for k in range(ssize // sent):
        o = soff + k * sent
        if is64:
            name, info, _other, shndx, value, size = struct.unpack_from(end + 'IBBHQQ', data, o)
        else:
            name, value, size, info, _other, shndx = struct.unpack_from(end + 'IIIBBH', data, o)
        syms.append((cstr(strtab + name), info, shndx, value, size))

    funcs = {}   # section index -> [(start, end, name)]
    for name, info, shndx, value, size in syms:
        if info & 0xf == STT_FUNC and shndx != 0:
            funcs.setdefault(shndx, []).append((value, value + size, name))

    out = set()
    for s in secs:
        _n, typ, off, size, link, info, entsize = s
        if typ not in (SHT_REL, SHT_RELA) or link != symtab:
            continue
        for k in range(size // entsize):
            o = off + k * entsize
            if is64:
                r_off, r_info = struct.unpack_from(end + 'QQ', data, o)
                symi = r_info >> 32
            else:
                r_off, r_info = struct.unpack_from(end + 'II', data, o)
                symi = r_info >> 8
            if symi == 0:
                continue
            sname, _sinfo, sshndx, _v, _sz = syms[symi]
            if sshndx != 0:
                continue
            cands = funcs.get(info, [])
            where = next((fn for lo, hi, fn in cands if lo <= r_off < hi), None)
            if where is None:
                unsized = sorted((lo, fn) for lo, hi, fn in cands if lo == hi and lo <= r_off)
                where = unsized[-1][1] if unsized else '[%s]' % names[info]
            out.add((where, sname))
    for where, sym in sorted(out):
        sys.stdout.write('%s\t%s\n' % (where, sym))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        raise SystemExit('usage: native-refs.py FILE.o')
    main(sys.argv[1])
