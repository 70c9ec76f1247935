#!/usr/bin/env python3
"""Writes the starting inputs of one fuzz target into a folder: seeds.py TARGET OUTDIR.

Sources: the committed minimized corpus (fuzz/corpus/TARGET), the test fixtures (tests/KsymTrim.Tests/Fixtures/out)
and the shared corpora (../shared/corpus, Debian modules under $KSYMTRIM_DEBIAN_MODULES or /var/tmp/ksymtrim-debian)
when present. Small files only (AFL works best on seeds of a few KB): larger ones are skipped or cut. Asm seeds are
taken from `llvm-dis` of fixture and corpus bitcode (module asm, and inline asm calls with their constraints)
when llvm-dis is installed. Deterministic: same sources, same seeds.
"""
import gzip
import hashlib
import lzma
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "tests", "KsymTrim.Tests", "Fixtures", "out")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/corpus"
DEBIAN = os.path.join(os.environ.get("KSYMTRIM_DEBIAN_MODULES", "/var/tmp/ksymtrim-debian"), "lib", "modules")
POOL_SEPARATOR = b"\n--ksymtrim-fuzz-member--\n"
# Dialect indexes of FuzzTargets.Dialects.
DIALECTS = {"x86_64": 0, "i386": 1, "i686": 1, "aarch64": 2, "arm": 3, "thumb": 3, "armv5": 3, "riscv64": 4,
            "riscv32": 5, "powerpc64": 6, "powerpc64le": 6, "ppc64": 6, "ppc64le": 6, "powerpc": 7, "s390x": 8}

out_dir = ""
written = set()


def put(name, data, limit=64 * 1024):
    if not data:
        return
    data = data[:limit]
    digest = hashlib.sha1(data).hexdigest()
    if digest in written:
        return
    written.add(digest)
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:80]
    with open(os.path.join(out_dir, f"{safe}-{digest[:8]}"), "wb") as f:
        f.write(data)


def files(root, pattern, max_size, every=1, limit=1000):
    if not os.path.isdir(root):
        return []
    found = []
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            if re.search(pattern, n) and os.path.getsize(p) <= max_size:
                found.append(p)
    found.sort()
    return found[::every][:limit]


def read(p):
    with open(p, "rb") as f:
        return f.read()


def committed(target):
    for p in files(os.path.join(ROOT, "fuzz", "corpus", target), r".", 1 << 20):
        put("corpus-" + os.path.basename(p), read(p), 1 << 20)


def elf_seeds():
    for p in files(FIX, r"\.(o|ko)$", 12 * 1024, every=5):
        put(os.path.relpath(p, FIX), read(p))
    for p in files(os.path.join(SHARED, "bad-inputs"), r"\.ko$", 24 * 1024, every=3):
        put("bad-" + os.path.basename(p), read(p))
    for p in files(DEBIAN, r"\.ko(\.xz)?$", 8 * 1024, every=40, limit=12):
        data = read(p)
        if p.endswith(".xz"):
            try:
                data = lzma.decompress(data)
            except lzma.LZMAError:
                continue
        if len(data) <= 16 * 1024:
            put("debian-" + os.path.basename(p), data)


def ar_seeds():
    arch = os.path.join(FIX, "archives")
    for p in files(arch, r"\.a$", 8 * 1024):
        data = read(p)
        if data.startswith(b"!<thin>\n"):
            # Thin: its member files follow, each after the separator (FuzzTargets.Ar gives them out in order
            # of first mention).
            names = re.findall(rb"^([^/\n]+?)/\s", data, re.M)
            members = []
            for m in re.findall(rb"\n?([A-Za-z0-9_./-]+\.(?:o|a))/ *\d", data):
                mp = os.path.join(arch, m.decode())
                if os.path.isfile(mp) and m not in members:
                    members.append(m)
            blob = data
            for m in members:
                blob += POOL_SEPARATOR + read(os.path.join(arch, m.decode()))
            put("thin-" + os.path.basename(p), blob)
            del names
        else:
            put(os.path.basename(p), data)
    # A GNU archive of a few small bitcode members from the LTO corpus.
    for p in files(os.path.join(SHARED, "bad-inputs"), r"\.a$", 64 * 1024):
        put("bad-" + os.path.basename(p), read(p))


def bitcode_seeds():
    for p in files(os.path.join(FIX, "bitcode"), r"\.bc$", 8 * 1024):
        put(os.path.basename(p), read(p))
    for p in files(os.path.join(FIX, "constructs"), r"\.bc$", 6 * 1024, every=6):
        put(os.path.basename(p), read(p))
    for corpus in ("lto-x86_64", "lto-arm64", "lto-x86_64-612", "lto-arm64-612"):
        for p in files(os.path.join(SHARED, corpus), r"\.o$", 10 * 1024, every=7, limit=4):
            if read(p)[:2] == b"BC":
                put(corpus + "-" + os.path.basename(p), read(p))


def unescape_ll(s):
    """An LLVM IR string literal's body: \\XX hex escapes and \\\\."""
    out = bytearray()
    i = 0
    b = s.encode("latin-1", "replace")
    while i < len(b):
        if b[i] == 0x5C and i + 2 < len(b) + 1 and re.match(rb"[0-9A-Fa-f]{2}", b[i + 1:i + 3]):
            out.append(int(b[i + 1:i + 3], 16))
            i += 3
        elif b[i] == 0x5C and i + 1 < len(b) and b[i + 1] == 0x5C:
            out.append(0x5C)
            i += 2
        else:
            out.append(b[i])
            i += 1
    return bytes(out)


def disassembled():
    """(dialect index, .ll text) of fixture .ll files and of some corpus bitcode members."""
    for p in files(os.path.join(FIX, "constructs"), r"^(modasm|asm_|inlineasm|alternative|jump|static).*\.ll$", 256 * 1024):
        yield p, open(p, encoding="latin-1").read()
    tool = shutil.which("llvm-dis") or shutil.which("llvm-dis-22") or shutil.which("llvm-dis-14")
    if tool is None:
        return
    for corpus in ("lto-x86_64", "lto-arm64", "lto-x86_64-612", "lto-arm64-612"):
        for p in files(os.path.join(SHARED, corpus), r"\.o$", 400 * 1024, every=11, limit=10):
            if read(p)[:2] != b"BC":
                continue
            try:
                text = subprocess.run([tool, "-o", "-", p], capture_output=True, timeout=60).stdout.decode("latin-1")
            except (subprocess.TimeoutExpired, OSError):
                continue
            yield p, text


def dialect_of(text):
    m = re.search(r'^target triple = "([^"-]+)', text, re.M)
    return DIALECTS.get(m.group(1) if m else "", 9)


def asm_seeds(target):
    # Hand-written: the constructs the expander knows, one of each, so mutation starts from every directive.
    hand = [
        ".macro m a, b=2, c:req, d:vararg\n.long \\a + \\b\n.ifb \\d\n.quad \\c\n.else\n.irp r, \\d\ncall f_\\r\n.endr\n.endif\n.endm\nm 1, c=x, d=y z\n.purgem m\n",
        ".rept 3\n.long r\\@\n.endr\n.irpc c, abc\nsym_\\c: .byte 0\n.endr\n.set n, 4\n.if n > 3\n.globl big\nbig:\n.elseif n == 2\n.weak w\n.else\n.long w\n.endif\n",
        "1: jmp 1f\n.pushsection .altinstructions, \"a\"\n.long 1b - ., 2f - .\n.popsection\n2: call __x86_indirect_thunk_rax\n.equ q, 1b\n.ifdef q\n.long q\n.endif\n",
        ".ifc \\reg, %rax\n.long a\n.endif\n.ifnc x, y\n.long b\n.endif\n.ifeqs \"x\", \"x\"\n.long c\n.endif\n.irp rs,rax,rcx\n.ifc %\\rs,%rcx\n.byte 0x2e\n.endif\n.endr\n",
        ".section .text.foo, \"ax\", @progbits\n.type f, @function\nf: ret\n.size f, . - f\n.local l\n.comm c, 8, 8\n.symver f, f@VER\n.altmacro\n.macro am x\nLOCAL lab\nlab: .long x\n.endm\nam 5\n.noaltmacro\n",
    ]
    for d in range(10):
        for i, h in enumerate(hand):
            if target == "module-asm":
                put(f"hand{i}-d{d}", bytes([d]) + h.encode())
            elif d in (0, 2, 4):
                put(f"hand{i}-d{d}", bytes([d]) + h.encode() + b"\0r,r,i,~{memory}\0\x00\x05\x0a")
    count = 0
    for p, text in disassembled():
        d = dialect_of(text)
        if target == "module-asm":
            lines = [unescape_ll(m) for m in re.findall(r'^module asm "(.*)"$', text, re.M)]
            if lines:
                put("modasm-" + os.path.basename(p), bytes([d]) + b"\n".join(lines), 16 * 1024)
        else:
            for m in re.finditer(r'asm (?:sideeffect )?(?:alignstack )?(?:inteldialect )?(?:unwind )?"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\(([^)]*)\)', text):
                asm, cons, args = unescape_ll(m.group(1)), unescape_ll(m.group(2)), m.group(3)
                argbytes = bytearray()
                for a in [x.strip() for x in args.split(",") if x.strip()][:16]:
                    n = re.search(r"\b(-?\d+)$", a)
                    if n and " @" not in a:
                        argbytes.append(((int(n.group(1)) & 0x3F) << 2) | 1)
                    elif "@" in a:
                        argbytes.append(2 | (len(a) & 0x3F) << 2)
                    else:
                        argbytes.append(0)
                put("inline-" + os.path.basename(p), bytes([d]) + asm + b"\0" + cons + b"\0" + bytes(argbytes), 8 * 1024)
                count += 1
                if count > 150:
                    return


def compressed_seeds():
    for p in files(os.path.join(FIX, "modules"), r"\.ko\.(gz|xz|zst)$", 8 * 1024):
        put(os.path.basename(p), read(p))
    small = files(FIX, r"\.(o|ko)$", 6 * 1024, every=25, limit=6)
    for p in small:
        data = read(p)
        put("gz-" + os.path.basename(p), gzip.compress(data, mtime=0))
        put("xz-" + os.path.basename(p), lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32))
        zstd = shutil.which("zstd")
        if zstd:
            z = subprocess.run([zstd, "-q", "-c", "-19", p], capture_output=True).stdout
            put("zst-" + os.path.basename(p), z)
    put("gz-empty", gzip.compress(b"", mtime=0))
    put("xz-zeros", lzma.compress(bytes(4096), format=lzma.FORMAT_XZ))


def main():
    global out_dir
    target, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    committed(target)
    {"elf": elf_seeds, "ar": ar_seeds, "bitcode": bitcode_seeds, "compressed": compressed_seeds,
     "module-asm": lambda: asm_seeds("module-asm"), "inline-asm": lambda: asm_seeds("inline-asm")}[target]()
    print(f"{target}: {len(written)} seeds in {out_dir}")


if __name__ == "__main__":
    main()
