#!/usr/bin/env python3
"""ksymtrim nm against llvm-nm over LLVM's own Bitcode regression tests (llvm/test/Bitcode of LLVM 19.1.7).

usage: bitcode-tests.py [--tests DIR] [--tool CMD] [--oracle llvm-nm-22] [--keep DIR] [--verbose]

DIR defaults to the Bitcode folder fetch.sh unpacks (~/.cache/ksymtrim/llvm-19.1.7/...); when it is absent the
script says to run fetch.sh (see README.md). Cases: every *.bc file (old-bitcode compatibility
files of many LLVM versions, Inputs/), and every *.ll that llvm-as-19 (else llvm-as-22) assembles. Only ELF
triples are compared, and files without a triple (LLVM's Mangler then follows the data layout alone, as for
ELF); Mach-O, COFF, XCOFF, GOFF and wasm triples are skipped. Each case is also compared with the llvm-nm of its
producing version when that is installed (llvm-nm-19 for a .ll llvm-as-19 assembled; llvm-nm-13, -14, -16 for .bc
files whose IDENTIFICATION names LLVM 13, 14, 16). Files before LLVM 5 (module version < 2) must give ksymtrim's one
"before LLVM 5" error: they count as "unsupported (expected)", not as errors only we give.
Exit status 0 when there is no difference and no error only ksymtrim gives, 1 otherwise.
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

DEFAULT_TESTS = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                             "ksymtrim/llvm-19.1.7/llvm-toolchain-19_19.1.7/llvm/test/Bitcode")
NON_ELF = re.compile(r"darwin|macos|ios|tvos|watchos|xros|windows|win32|mingw|cygwin|-coff|msvc|wasm|aix|xcoff|zos|uefi")
NM_LINE = re.compile(r"^(.*?) (\S)(?: (?:-+|[0-9a-fA-F]+) [0-9a-fA-F]+)? *$")
UNSUPPORTED = "(before LLVM 5) is not supported"


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def llvm_nm(tool, path):
    """(sorted 'name type' lines, error or None) of `tool -P path`."""
    r = run([tool, "-P", path], env=dict(os.environ, LC_ALL="C"))
    if r.returncode != 0:
        return None, (r.stderr.decode(errors="replace").strip().splitlines() or ["exit %d" % r.returncode])[0]
    lines = []
    for raw in r.stdout.decode(errors="surrogateescape").splitlines():
        m = NM_LINE.match(raw)
        if m is None:
            return None, "unparsed llvm-nm line: " + raw
        lines.append(m.group(1) + " " + m.group(2))
    return sorted(lines), None


def triple_of(path, text):
    if text is not None:
        m = re.search(r'^\s*target triple\s*=\s*"([^"]*)"', text, re.M)
        return m.group(1) if m else ""
    for dis in ("llvm-dis-22", "llvm-dis-19"):
        r = run([dis, "-o", "-", path])
        if r.returncode == 0:
            m = re.search(rb'^target triple = "([^"]*)"', r.stdout, re.M)
            return m.group(1).decode() if m else ""
    return None  # unreadable by llvm-dis: compare anyway (both sides should fail)


def producer_oracle(path):
    """llvm-nm-N for the LLVM N named by the file's IDENTIFICATION block, when installed, else None."""
    r = run(["llvm-bcanalyzer-22", "--dump", path])
    m = re.search(rb"record string = 'LLVM(\d+)\.", r.stdout)
    if m is None: return None
    tool = "llvm-nm-" + m.group(1).decode()
    return tool if shutil.which(tool) else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", default=DEFAULT_TESTS)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--tool", default="dotnet " + os.path.join(root, "src/KsymTrim.Tool/bin/Release/net10.0/KsymTrim.Tool.dll"))
    ap.add_argument("--oracle", default="llvm-nm-22")
    ap.add_argument("--keep", help="keep the assembled .bc files here")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.tests):
        sys.exit("no %s: run benchmarks/llvm-conformance/fetch.sh first (or give --tests)" % a.tests)
    work = a.keep or tempfile.mkdtemp(prefix="ksymtrim-bc-")
    os.makedirs(work, exist_ok=True)
    cases = []  # (label, bc path, triple, producer oracle or None)
    not_assembled = 0
    for dirpath, _, names in sorted(os.walk(a.tests)):
        for n in sorted(names):
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, a.tests)
            if n.endswith(".bc"):
                cases.append((rel, p, triple_of(p, None), producer_oracle(p)))
            elif n.endswith(".ll"):
                out = os.path.join(work, rel.replace("/", "__") + ".bc")
                for asm, nm in (("llvm-as-19", "llvm-nm-19"), ("llvm-as-22", None)):
                    if run([asm, "-o", out, p]).returncode == 0:
                        with open(p, errors="replace") as f:
                            cases.append((rel + " [" + asm + "]", out, triple_of(p, f.read()), nm))
                        break
                else:
                    not_assembled += 1
    compared = [c for c in cases if c[2] is None or not NON_ELF.search(c[2])]
    skipped = len(cases) - len(compared)

    # ksymtrim: one process over every file, --keep-going, one file per argument (so every line is prefixed)
    tool = a.tool.split()
    paths = [c[1] for c in compared]
    r = run(tool + ["nm", "--keep-going", "--jobs", "2"] + paths)
    ours = {p: [] for p in paths}
    ours_err = {}
    out = r.stdout.decode(errors="surrogateescape").splitlines()
    by_len = sorted(paths, key=len, reverse=True)
    for line in out:
        for p in by_len:
            if line.startswith(p + ": "):
                ours[p].append(line[len(p) + 2:])
                break
        else:
            print("unparsed ksymtrim line: " + line, file=sys.stderr)
    for line in r.stderr.decode(errors="replace").splitlines():
        m = re.match(r"^ksymtrim: error: (.*?)(?:\(.*?\))?: (.*)$", line)
        if m:
            for p in by_len:
                if line.startswith("ksymtrim: error: " + p):
                    ours_err[p] = line[len("ksymtrim: error: " + p):].lstrip("(): ").strip()
                    break

    stats = dict(identical=0, differing=0, both_error=0, only_ours=0, only_llvm=0, unsupported=0)
    producers = {}  # llvm-nm-N: [compared, identical]
    report = []
    for label, p, triple, producer_nm in compared:
        ref, ref_err = llvm_nm(a.oracle, p)
        mine = sorted(ours[p])
        err = ours_err.get(p)
        if err is not None and UNSUPPORTED in err:
            stats["unsupported"] += 1
            if a.verbose: report.append("unsupported (expected): %s: %s" % (label, err))
            continue
        if err is not None and ref_err is not None:
            stats["both_error"] += 1
            if a.verbose: report.append("both error: %s\n  ours: %s\n  llvm-nm: %s" % (label, err, ref_err))
        elif err is not None:
            stats["only_ours"] += 1
            report.append("ERROR ONLY OURS: %s: %s" % (label, err))
        elif ref_err is not None:
            stats["only_llvm"] += 1
            report.append("error only llvm-nm: %s: %s" % (label, ref_err))
        elif mine == ref:
            stats["identical"] += 1
        else:
            stats["differing"] += 1
            d = ["DIFFERENT: %s (triple %r)" % (label, triple)]
            d += ["  - " + x for x in sorted(set(ref) - set(mine))]
            d += ["  + " + x for x in sorted(set(mine) - set(ref))]
            report.append("\n".join(d))
        if producer_nm and err is None:
            pref, perr = llvm_nm(producer_nm, p)
            if perr is None:
                counts = producers.setdefault(producer_nm, [0, 0])
                counts[0] += 1
                if pref == mine: counts[1] += 1
                else: report.append("differs from %s: %s" % (producer_nm, label))
    print("\n".join(report))
    print()
    print("files: %d (%d .ll not assembled by llvm-as-19 or -22, not counted)" % (len(cases), not_assembled))
    print("skipped (non-ELF triple): %d" % skipped)
    print("compared: %d" % len(compared))
    print("  identical: %(identical)d\n  differing: %(differing)d\n  unsupported before LLVM 5 (expected): %(unsupported)d\n"
          "  both error: %(both_error)d\n  errors only ksymtrim gives: %(only_ours)d\n  errors only llvm-nm gives: %(only_llvm)d" % stats)
    for tool, (n, same) in sorted(producers.items(), key=lambda kv: int(kv[0].rsplit("-", 1)[1])):
        print("  also against the producing %s: %d identical of %d" % (tool, same, n))
    if not a.keep: shutil.rmtree(work, ignore_errors=True)
    return 1 if stats["differing"] or stats["only_ours"] else 0


if __name__ == "__main__":
    sys.exit(main())
