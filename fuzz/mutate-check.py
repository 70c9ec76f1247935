#!/usr/bin/env python3
"""mutate-check.py - the whole tool against mutated real inputs: exit 0 or 1 only, no hang, no process over 1 GB.

CONTRACT.md: "No input, however malformed or hostile, makes the process crash, print a stack trace, hang, or use
memory out of proportion to the input's size." The fuzzers (fuzz/README.md) hold each reader to that in process;
this script holds the shipped command to it, one process per mutant, over real kernel material: Debian's native
modules (when fetched), the LTO corpora's bitcode members and their archives, and the committed bad inputs.

Each mutant is reproducible from its base file, the seed and its case number (printed with every failure). The
bases are chosen by the seed too, so a different seed gives a held-out set. For every mutant `refs --format json`
(function bodies read) and `nm` are run under /usr/bin/time with a timeout; a failure is an exit status other than
0 or 1, a stack trace or "Unhandled exception" on stderr, a run over --timeout seconds, or a peak RSS over --max-rss.

  usage: fuzz/mutate-check.py --tool PATH [--seed N] [--bases N] [--mutants N] [--jobs N] [--keep DIR]
    --tool     the Native AOT binary (dotnet publish -p:PublishAot=true) or KsymTrim.Tool.dll (run with dotnet)
    --bases    base files of each kind (Debian modules, bitcode members, bitcode archives; default 6)
    --mutants  mutants per base (default 40)
"""
import argparse
import concurrent.futures
import gzip
import lzma
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KSYMTRIM_CORPUS", ROOT.parent / "shared" / "corpus"))
DEBIAN = Path(os.environ.get("KSYMTRIM_DEBIAN_MODULES", "/var/tmp/ksymtrim-debian")) / "lib" / "modules"
INTERESTING32 = [0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x10000]
TRACE = re.compile(r"Unhandled exception|^\s+at [\w.<>`]+\(|Segmentation fault|core dumped", re.M)


def bases(rng, per_kind):
    """(kind, path) pairs: Debian modules, LTO bitcode members, LTO bitcode archives, bad inputs."""
    chosen = []
    if DEBIAN.is_dir():
        mods = sorted(p for p in DEBIAN.rglob("*.ko") if p.stat().st_size < 400_000)
        chosen += [("module", p) for p in rng.sample(mods, min(per_kind, len(mods)))]
    members = sorted(p for p in CORPUS.glob("lto-*/*/members/**/*.o") if p.stat().st_size < 600_000)
    chosen += [("bitcode", p) for p in rng.sample(members, min(per_kind, len(members)))]
    # the corpora's thin archives of bitcode members, and the fixtures' GNU, BSD, /SYM64/ and thin archives
    archives = sorted(p for p in CORPUS.glob("lto-*/*/*.a") if p.stat().st_size < 600_000)
    archives += sorted((ROOT / "tests" / "KsymTrim.Tests" / "Fixtures" / "out" / "archives").glob("*.a"))
    chosen += [("archive", p) for p in rng.sample(archives, min(per_kind, len(archives)))]
    # compressed modules: the fixtures' (xz, zstd, gzip), and Debian modules compressed here as kmod reads them
    packed = sorted(p for p in (ROOT / "tests" / "KsymTrim.Tests" / "Fixtures" / "out").rglob("*")
                    if p.suffix in (".xz", ".zst", ".gz") and p.is_file())
    if DEBIAN.is_dir():
        packed += [p for _, p in chosen if p.suffix == ".ko"]
    chosen += [("compressed", p) for p in rng.sample(packed, min(per_kind, len(packed)))]
    bad = sorted(p for p in (CORPUS / "bad-inputs").glob("*") if p.suffix != ".tsv" and p.is_file())
    chosen += [("bad", p) for p in rng.sample(bad, min(per_kind, len(bad)))]
    return chosen


def elf_fields(data):
    """Offsets of the ELF header's and section headers' fields (where a mutation does the most damage)."""
    if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shnum, = struct.unpack_from("<H", data, 0x3C)
    fields = [0x20, 0x28, 0x3A, 0x3C, 0x3E]
    for i in range(min(shnum, 4096)):
        base = shoff + i * 64
        if base + 64 > len(data):
            break
        fields += [base + 4, base + 0x18, base + 0x20, base + 0x28, base + 0x2C, base + 0x38]
    return fields


def mutate(data, rng):
    """One mutant: a few random edits of the kinds a damaged or hostile file shows."""
    b = bytearray(data)
    fields = elf_fields(data)
    for _ in range(1 if rng.random() < 0.6 else rng.randint(2, 4)):
        if not b:
            b = bytearray(rng.randbytes(16))
        # single bit flips and field values most often: they keep the file readable far enough to reach deep code
        kind = rng.choices(range(7), weights=[5, 3, 1, 1, 1, 2, 2])[0]
        at = rng.randrange(len(b))
        if kind == 0:  # bit flips
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(b))
                b[i] ^= 1 << rng.randrange(8)
        elif kind == 1:  # an interesting 32-bit value, in an ELF header field when there is one
            if fields and rng.random() < 0.7:
                at = rng.choice(fields)
            if at + 4 <= len(b):
                struct.pack_into("<I", b, at, rng.choice(INTERESTING32))
        elif kind == 2:  # truncation
            del b[max(1, at):]
        elif kind == 3:  # a chunk deleted
            del b[at:at + rng.randint(1, 256)]
        elif kind == 4:  # a chunk repeated
            chunk = b[at:at + rng.randint(1, 512)]
            b[at:at] = chunk * rng.randint(1, 8)
        elif kind == 5:  # random bytes over a chunk
            n = min(rng.randint(1, 64), len(b) - at)
            b[at:at + n] = rng.randbytes(n)
        else:  # a 64-bit size-like field set huge
            if fields and rng.random() < 0.7:
                at = rng.choice(fields)
            if at + 8 <= len(b):
                struct.pack_into("<Q", b, at, rng.choice([2**31, 2**32 - 1, 2**40, 2**63 - 1, 2**64 - 1]))
    return bytes(b)


def run(tool, args, path, timeout):
    cmd = ["/usr/bin/time", "-f", "RSSKB=%M"] + tool + args + [str(path)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, 0, ""
    m = re.search(r"RSSKB=(\d+)", p.stderr)
    # /usr/bin/time reports a signal as "Command terminated by signal N" and exit status 0 (its own)
    status = p.returncode
    if "Command terminated by signal" in p.stderr:
        status = -1
    elif "Command exited with non-zero status" in p.stderr:
        status = int(re.search(r"non-zero status (\d+)", p.stderr).group(1))
    return status, int(m.group(1)) if m else 0, p.stderr


def check(job):
    tool, kind, base, seed, case, workdir, timeout, max_rss_kb = job
    rng = random.Random(f"{seed}:{base}:{case}")
    data = base.read_bytes()
    suffix = ".a" if kind == "archive" else base.suffix or ".bin"
    if kind == "compressed" and base.suffix == ".ko":
        xz = rng.random() < 0.5
        data = lzma.compress(data, check=lzma.CHECK_CRC32) if xz else gzip.compress(data)
        suffix = ".ko.xz" if xz else ".ko.gz"
    data = mutate(data, rng)
    folder = Path(workdir)
    if kind == "archive":
        # a thin archive names its members relative to itself: the mutant sits beside links to the same members
        folder = folder / f"{base.parent.name}-{abs(hash(str(base))) % 10**6}"
        folder.mkdir(exist_ok=True)
        for entry in base.parent.iterdir():
            link = folder / entry.name
            if entry != base and not link.exists():
                try:
                    link.symlink_to(entry.resolve())
                except FileExistsError:
                    pass
    path = folder / f"m{abs(hash((str(base), case))) % 10**9}-{case}{suffix}"
    path.write_bytes(data)
    problems = []
    worst_rss = 0
    for args in (["refs", "--format", "json", "--jobs", "1"], ["nm"]):
        status, rss, err = run(tool, args, path, timeout)
        worst_rss = max(worst_rss, rss)
        what = f"{args[0]} on {base} (seed {seed}, case {case}, {len(data)} bytes)"
        if status is None:
            problems.append(f"hang: {what}: over {timeout} s")
        elif status not in (0, 1):
            problems.append(f"exit {status}: {what}: {err.strip()[:300]}")
        elif TRACE.search(err):
            problems.append(f"stack trace: {what}: {err.strip()[:300]}")
        if rss > max_rss_kb:
            problems.append(f"memory: {what}: {rss // 1024} MB")
    if not problems:
        path.unlink()
    return (path if problems else None), problems, worst_rss, (kind, status)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--bases", type=int, default=6)
    ap.add_argument("--mutants", type=int, default=40)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--max-rss", type=int, default=1024, help="MB")
    ap.add_argument("--keep", help="copy failing mutants here")
    a = ap.parse_args()
    if not shutil.which("/usr/bin/time"):
        sys.exit("mutate-check.py: /usr/bin/time is needed (apt install time)")
    tool = ["dotnet", a.tool] if a.tool.endswith(".dll") else [a.tool]
    rng = random.Random(a.seed)
    chosen = bases(rng, a.bases)
    if not chosen:
        sys.exit("mutate-check.py: no base files found (../shared/corpus, Debian modules)")
    with tempfile.TemporaryDirectory() as work:
        jobs = [(tool, kind, base, a.seed, case, work, a.timeout, a.max_rss * 1024)
                for kind, base in chosen for case in range(a.mutants)]
        failures, worst_rss, exits = [], 0, {}
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
            for path, problems, rss, status in pool.map(check, jobs):
                worst_rss = max(worst_rss, rss)
                exits[status] = exits.get(status, 0) + 1
                failures += problems
                if path is not None and a.keep:
                    os.makedirs(a.keep, exist_ok=True)
                    shutil.copy(path, a.keep)
    kinds = {}
    for kind, _ in chosen:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"bases: {', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}; seed {a.seed}; "
          f"{len(jobs)} mutants, 2 commands each")
    print("exit status of nm, by kind of base: " + "; ".join(
        f"{k}: " + ", ".join(f"{st}: {n}" for (kk, st), n in sorted(exits.items(), key=str) if kk == k) for k in sorted(kinds)))
    print(f"peak RSS {worst_rss // 1024} MB")
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
