#!/usr/bin/env python3
"""gen-bigsections.py N > many-sections.s

Assembly with N sections .text.f0 .. .text.f<N-1>, each holding a global
function fN (a bare `ret`).  Valid for x86_64 and i386.  With N > 65280
(SHN_LORESERVE - 256) the ELF writer must use the extended numbering:
e_shnum = 0 (count in section 0's sh_size), e_shstrndx = SHN_XINDEX (index in
section 0's sh_link) and a SHT_SYMTAB_SHNDX section.

Extra references so relocations cross the 0xff00 boundary:
  f0 calls the undefined printk and the global f<N-1> (highest section);
  .data.refs (emitted last, so it is itself a high section) holds a pointer
  to the local label local_hi, defined in section .text.f<N-2>, which the
  assembler turns into a relocation against that section's STT_SECTION
  symbol (st_shndx = SHN_XINDEX, real index in SYMTAB_SHNDX).
"""
import sys

n = int(sys.argv[1])
w = sys.stdout.write
w("\t.text\n")
for i in range(n):
    w('\t.section .text.f%d,"ax",@progbits\n\t.globl f%d\n\t.type f%d,@function\nf%d:\n' % (i, i, i, i))
    if i == 0:
        w("\tcall printk\n\tcall f%d\n" % (n - 1))
    if i == n - 2:
        w("local_hi:\n\tnop\n")
    w("\tret\n\t.size f%d, .-f%d\n" % (i, i))
w('\t.section .data.refs,"aw",@progbits\n\t.globl refs\nrefs:\n\t.long local_hi\n\t.long f%d\n' % (n - 1))
