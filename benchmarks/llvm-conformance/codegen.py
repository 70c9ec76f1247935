#!/usr/bin/env python3
"""codegen.py - the lowering model against llc on LLVM's own CodeGen tests.

For every CodeGen test of the targets asked for (llvm/test/CodeGen/<dir>/**/*.ll), every RUN line that compiles
the test file with llc is one configuration (its llc flags). Per configuration:

  truth      llc-22 -O2 -filetype=obj FLAGS test.ll; the object's undefined symbols (llvm-nm-22 -u)
  bitcode    opt-22 with the configuration's triple, cpu and features (opt writes the cpu and features into
             every function's attributes, as clang does), so the bitcode carries what clang's would
  predicted  ksymtrim refs on that bitcode

and compares: a truth symbol not predicted is missed, a predicted symbol not in the truth is extra. Flags that
llc takes and the bitcode cannot carry (relocation model, code model, float ABI, emulated TLS, ...) are listed
with each configuration, so a miss that only such a flag explains can be told from a gap in the model.

Only ELF targets count (the tool reads ELF objects and kernel bitcode); tests that produce MIR, run single passes
or read anything but the test file are skipped, as are configurations llc-22 or opt-22 rejects (counted).

usage: codegen.py --tests LLVM/test --tool KSYMTRIM [--targets X86,AArch64,...] [--sample N] [--jobs J] --out DIR
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

TARGET_DIRS = {
    "X86": ["X86"], "AArch64": ["AArch64"], "ARM": ["ARM", "Thumb", "Thumb2"], "RISCV": ["RISCV"],
    "PowerPC": ["PowerPC"], "SystemZ": ["SystemZ"],
}

# llc's -march names and the triple llc would build from its default (x86_64-pc-linux-gnu here) for them.
MARCH_TRIPLE = {
    "x86": "i386-unknown-linux-gnu", "x86-64": "x86_64-unknown-linux-gnu",
    "aarch64": "aarch64-unknown-linux-gnu", "arm64": "aarch64-unknown-linux-gnu",
    "aarch64_be": "aarch64_be-unknown-linux-gnu",
    "arm": "arm-unknown-linux-gnu", "armeb": "armeb-unknown-linux-gnu",
    "thumb": "thumb-unknown-linux-gnu", "thumbeb": "thumbeb-unknown-linux-gnu",
    "riscv32": "riscv32-unknown-linux-gnu", "riscv64": "riscv64-unknown-linux-gnu",
    "ppc32": "powerpc-unknown-linux-gnu", "ppc": "powerpc-unknown-linux-gnu",
    "ppc64": "powerpc64-unknown-linux-gnu", "ppc64le": "powerpc64le-unknown-linux-gnu",
    "systemz": "s390x-unknown-linux-gnu", "s390x": "s390x-unknown-linux-gnu",
}
NOT_ELF = re.compile(r"apple|darwin|macos|ios|tvos|watchos|xros|driverkit|windows|mingw|win32|cygwin|msvc|"
                     r"aix|xcoff|uefi|coff|macho")
# Flags that only steer llc's output or its pass pipeline: dropped (the truth is -O2 -filetype=obj).
DROP = re.compile(r"^-(o|O[0-3s]?|filetype|asm-verbose|verify-machineinstrs|verify-coalescing|verify-regalloc|"
                  r"print-.*|debug-only|stats?|time-passes|show-mc-encoding|x86-asm-syntax|asm-show-inst|"
                  r"no-integrated-as|disable-verify|pass-remarks.*|mc-relax-all|aarch64-enable-.*-opt|"
                  r"experimental-debug-variable-locations)(=.*)?$")
# A configuration that does not compile the whole module to an object with these: skipped.
SKIP = re.compile(r"^-(run-pass|stop-after|stop-before|start-after|start-before|x|mir|debugify.*|"
                  r"simplify-mir|print-after.*|print-before.*|view-.*|global-isel-abort)(=.*)?$")
# Flags the bitcode carries (opt writes them into the module: triple, and every function's target-cpu and
# target-features); every other flag that is kept is an llc-only fact (relocation model, code model, float ABI,
# emulated TLS, -trap-func, -enable-*...), listed with the misses it may explain.
CARRIED = re.compile(r"^-(mtriple|march|mcpu|mattr)=")
# Flags that change only scheduling, register allocation, checking, or how the assembly is printed or encoded:
# they cannot decide an undefined symbol, so they are not llc-only facts (a miss with only these is a model miss).
NEUTRAL = re.compile(r"^-(disable-post-ra|post-RA-scheduler|pre-RA-sched|enable-misched|misched.*|regalloc|"
                     r"optimize-regalloc|early-live-intervals|enable-legalize-types-checking|verify-.*|"
                     r"ppc-asm-full-reg-names|x86-relax-relocations|x86-branches-within-32B-boundaries|"
                     r"enable-ppc-prefetching|basic-block-sections|tailcallopt|asm-verbose|O[0-3])(=.*)?$")



def llc_only_flags(llc_flags):
    """The flags of a configuration that only llc sees and that may decide what the object references."""
    return [f for f in llc_flags if not CARRIED.match(f) and not NEUTRAL.match(f)]


CACHE = None


def run_lines(path):
    """The RUN lines of a test, continuations joined."""
    lines, cur = [], None
    with open(path, errors="replace") as f:
        for raw in f:
            m = re.search(r"(?:;|#|//)\s*RUN:\s?(.*)$", raw)
            if not m:
                if cur is not None:
                    lines.append(cur)
                    cur = None
                continue
            text = m.group(1).rstrip()
            cont = text.endswith("\\")
            text = text[:-1] if cont else text
            cur = text if cur is None else cur + " " + text
            if not cont:
                lines.append(cur)
                cur = None
    if cur is not None:
        lines.append(cur)
    return lines


def configs(path):
    """(llc flags, triple or None) per distinct llc invocation on the test file; None for a skipped line."""
    out, seen = [], set()
    for line in run_lines(path):
        first = line.split("|")[0].strip()
        if first.startswith("not ") or not re.match(r"^(%llc_dwarf|llc)\b", first):
            continue
        try:
            words = shlex.split(first)[1:]
        except ValueError:
            continue
        flags, ok, has_input = [], True, False
        i = 0
        while i < len(words):
            w = words[i]
            if w in ("<", "%s") or w == "<%s":
                has_input = has_input or w != "<"
                i += 1
                continue
            if "%" in w or w.startswith("<") or w.startswith(">") or w == "2>&1":
                ok = False  # another input, a redirection to a file, a substitution
                break
            if w in ("-o", "-mtriple", "-march", "-mcpu", "-mattr", "-filetype", "-relocation-model",
                     "-code-model", "-float-abi", "-frame-pointer", "-exception-model") and i + 1 < len(words):
                w = w + "=" + words[i + 1]
                i += 1
            if w.startswith("--"):
                w = w[1:]
            if SKIP.match(w):
                ok = False
                break
            if not DROP.match(w):
                flags.append(w)
            i += 1
        if not ok or not has_input:
            continue
        key = tuple(flags)
        if key in seen:
            continue
        seen.add(key)
        out.append(list(flags))
    return out


def module_triple(path):
    with open(path, errors="replace") as f:
        for raw in f:
            m = re.match(r'\s*target\s+triple\s*=\s*"([^"]*)"', raw)
            if m:
                return m.group(1)
    return None


def flag_value(flags, name):
    for f in flags:
        if f.startswith(name + "="):
            return f.split("=", 1)[1]
    return None


def undefined(path):
    """The strongly undefined symbols (nm's U; weak undefined ones are not references: the kernel reads only U)."""
    nm = subprocess.run(["llvm-nm-22", "-u", "-P", path], capture_output=True, text=True, timeout=60)
    return {f[0] for f in (l.split() for l in nm.stdout.splitlines()) if len(f) >= 2 and f[1] == "U"}


def prepare(job):
    """Compiles one configuration: truth symbols and the bitcode, or why not."""
    test, flags, work = job
    triple = flag_value(flags, "-mtriple")
    march = flag_value(flags, "-march")
    if triple is None:
        triple = module_triple(test)
        if march is not None:
            # llc replaces the arch of the module's (or the default) triple with -march's
            base = MARCH_TRIPLE.get(march)
            if base is None:
                return {"status": "unknown-march", "march": march}
            if triple:
                triple = base.split("-")[0] + "-" + "-".join(triple.split("-")[1:])
            else:
                triple = base
        if triple is None:
            triple = "x86_64-unknown-linux-gnu"
    if NOT_ELF.search(triple.lower()):
        return {"status": "not-elf", "triple": triple}
    llc_flags = [f for f in flags if not f.startswith("-march=") and not f.startswith("-mtriple=")]
    llc_flags.append("-mtriple=" + triple)
    cpu = flag_value(flags, "-mcpu")
    attrs = [f.split("=", 1)[1] for f in flags if f.startswith("-mattr=")]
    key = hashlib.sha1((test + "\0" + "\0".join(flags)).encode()).hexdigest()[:16]
    bc = os.path.join(work, key + ".bc")
    compile_it = lambda: compile_config(test, llc_flags, triple, cpu, attrs, key, work)
    if CACHE:
        # llc's truth and opt's bitcode depend only on the test, the flags and LLVM 22: computed once
        cached = os.path.join(CACHE, key + ".json")
        if os.path.exists(cached):
            with open(cached) as f:
                res = json.load(f)
            if res["status"] == "ok":
                shutil.copy(os.path.join(CACHE, key + ".bc"), bc)
                res["bc"] = bc
                res["llc_only"] = llc_only_flags(llc_flags)  # the rule may be newer than the cache
            return res
        res = compile_it()
        if res["status"] == "ok":
            shutil.copy(bc, os.path.join(CACHE, key + ".bc"))
        with open(cached + ".part", "w") as f:
            json.dump({k: v for k, v in res.items() if k != "bc"}, f)
        os.replace(cached + ".part", cached)
        return res
    return compile_it()


def compile_config(test, llc_flags, triple, cpu, attrs, key, work):
    """llc-22's truth and opt-22's bitcode of one configuration."""
    obj = os.path.join(work, key + ".o")
    bc = os.path.join(work, key + ".bc")
    r = subprocess.run(["llc-22", "-O2", "-filetype=obj", *llc_flags, test, "-o", obj],
                       capture_output=True, text=True, timeout=120, cwd=work)
    if r.returncode != 0:
        return {"status": "llc-rejects", "why": (r.stderr.strip().splitlines() or [""])[-1][:200]}
    truth = sorted(undefined(obj))
    os.unlink(obj)
    opt = ["opt-22", "-mtriple=" + triple]
    if cpu:
        opt.append("-mcpu=" + cpu)
    if attrs:
        opt.append("-mattr=" + ",".join(attrs))
    r = subprocess.run([*opt, test, "-o", bc], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        return {"status": "opt-rejects", "why": (r.stderr.strip().splitlines() or [""])[-1][:200]}
    llc_only = llc_only_flags(llc_flags)
    in_ir = undefined(bc)
    return {"status": "ok", "triple": triple, "truth": truth, "bc": bc, "llc_only": llc_only, "key": key,
            "lowered": sorted(set(truth) - in_ir)}


def predict(tool, bcs):
    """ksymtrim refs over many bitcode files at once: bc -> set of symbols, or an error string."""
    out = {}
    cmd = [tool] if not tool.endswith(".dll") else ["dotnet", tool]
    for start in range(0, len(bcs), 400):
        chunk = bcs[start:start + 400]
        r = subprocess.run([*cmd, "refs", "--format", "tsv", "--keep-going", "--jobs", "1", *chunk],
                           capture_output=True, text=True, timeout=3600)
        for b in chunk:
            out[b] = set()
        for line in r.stdout.splitlines():
            f = line.split("\t")
            if len(f) >= 2 and f[0] in out:
                out[f[0]].add(f[1])
        for line in r.stderr.splitlines():
            m = re.match(r"ksymtrim: error: (\S+?)(?:\(.*?\))?: (.*)$", line)
            if m and m.group(1) in out:
                out[m.group(1)] = "error: " + m.group(2)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tests", required=True, help="LLVM's llvm/test folder")
    ap.add_argument("--tool", required=True, help="ksymtrim: a Native AOT binary or KsymTrim.Tool.dll")
    ap.add_argument("--base-tool", help="another ksymtrim (an earlier commit's) to compare with, in the same run")
    ap.add_argument("--targets", default=",".join(TARGET_DIRS))
    ap.add_argument("--sample", type=int, default=1, help="every Nth test only (by sorted path)")
    ap.add_argument("--only", help="only the configurations of this configs.tsv (a --keep folder's)")
    ap.add_argument("--cache", help="keep llc-22's truth and opt-22's bitcode of every configuration here, and reuse"
                    " them: a second run (another tool) compiles nothing")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--keep", help="keep here the bitcode of every configuration whose object needs a symbol its IR"
                    " does not name (what lowering adds), with configs.tsv: the input of subset.py")
    a = ap.parse_args()
    global CACHE
    if a.cache:
        os.makedirs(a.cache, exist_ok=True)
        CACHE = a.cache
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="ksymtrim-conformance-")
    jobs, target_of = [], {}
    only = None
    if a.only:
        with open(a.only) as f:
            only = {tuple(l.split("\t")[2:4]) for l in f if not l.startswith("#")}
    for target in a.targets.split(","):
        tests = []
        for d in TARGET_DIRS[target]:
            root = os.path.join(a.tests, "CodeGen", d)
            for dirpath, _, files in os.walk(root):
                tests += [os.path.join(dirpath, f) for f in files if f.endswith(".ll")]
        tests.sort()
        for t in tests[::a.sample]:
            target_of[t] = target
            for flags in configs(t):
                if only is None or (os.path.relpath(t, a.tests), " ".join(flags)) in only:
                    jobs.append((t, flags, work))
    print(f"{len(target_of)} tests, {len(jobs)} configurations", file=sys.stderr)
    results = []
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for n, (job, res) in enumerate(zip(jobs, pool.map(prepare, jobs)), 1):
            results.append((job, res))
            if n % 500 == 0:
                print(f"  {n}/{len(jobs)}", file=sys.stderr)
    bcs = [r["bc"] for _, r in results if r["status"] == "ok"]
    predicted = predict(a.tool, bcs)
    base = predict(a.base_tool, bcs) if a.base_tool else {}
    per = collections.defaultdict(collections.Counter)
    missed_rows, extra_rows, kept = [], [], []
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    rel = lambda p: os.path.relpath(p, a.tests)
    for (test, flags, _), res in results:
        target = target_of[test]
        c = per[target]
        c["configurations"] += 1
        c[res["status"]] += 1
        if res["status"] != "ok":
            continue
        pred = predicted.get(res["bc"], set())
        if a.keep and res["lowered"] and not isinstance(pred, str):
            os.replace(res["bc"], os.path.join(a.keep, res["key"] + ".bc"))
            kept.append((res["key"], target, rel(test), " ".join(flags), res["triple"], " ".join(res["llc_only"]),
                         " ".join(res["lowered"]), " ".join(sorted(set(res["lowered"]) - pred))))
        else:
            os.unlink(res["bc"])
        if isinstance(pred, str):
            c["ksymtrim-error"] += 1
            missed_rows.append((target, rel(test), " ".join(flags), "*", pred, ""))
            continue
        c["compared"] += 1
        truth = set(res["truth"])
        if a.base_tool:
            b = base.get(res["bc"], set())
            b = set() if isinstance(b, str) else b
            c["base-missed"] += len(truth - b)
            c["base-extra"] += len(b - truth)
        c["truth"] += len(truth)
        c["lowered"] += len(res["lowered"])
        for s in sorted(truth - pred):
            c["missed"] += 1
            if res["llc_only"]:
                c["missed-llc-only"] += 1
            missed_rows.append((target, rel(test), " ".join(flags), s, res["triple"], " ".join(res["llc_only"])))
        for s in sorted(pred - truth):
            c["extra"] += 1
            extra_rows.append((target, rel(test), " ".join(flags), s))
    tests_per = collections.Counter(target_of.values())

    def row(name, tests, c):
        return (f"| {name} | {tests} | {c['configurations']} | {c['compared']} | {c['truth']} | {c['lowered']} |"
                f" {c['missed']} | {c['missed-llc-only']} | {c['extra']} | {c['llc-rejects']} | {c['opt-rejects']} |"
                f" {c['not-elf']} | {c['ksymtrim-error']} |"
                + (f" {c['base-missed']} | {c['base-extra']} |" if a.base_tool else "") + "\n")
    with open(os.path.join(a.out, "summary.md"), "w") as f:
        f.write("| target | tests | configurations | compared | truth symbols | of them lowered | missed |"
                " missed, llc-only flag | extra | llc-22 rejects | opt-22 rejects | not ELF | ksymtrim errors |"
                + (" base missed | base extra |" if a.base_tool else "") + "\n|---|"
                + "---:|" * (14 if a.base_tool else 12) + "\n")
        tot = collections.Counter()
        for t in a.targets.split(","):
            c = per[t]
            tot.update(c)
            tot["tests"] += tests_per[t]
            f.write(row(t, tests_per[t], c))
        f.write(row("all", tot["tests"], tot))
    with open(os.path.join(a.out, "missed.tsv"), "w") as f:
        f.write("# target\ttest\tllc flags\tsymbol\ttriple (or error)\tllc-only flags\n")
        for r in missed_rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(a.out, "extra.tsv"), "w") as f:
        f.write("# target\ttest\tllc flags\tsymbol\n")
        for r in extra_rows:
            f.write("\t".join(r) + "\n")
    if a.keep:
        with open(os.path.join(a.keep, "configs.tsv"), "w") as f:
            f.write("# key\ttarget\ttest\tllc flags\ttriple\tllc-only flags\tlowered truth\tmissed\n")
            for r in kept:
                f.write("\t".join(r) + "\n")
    with open(os.path.join(a.out, "summary.md")) as f:
        sys.stdout.write(f.read())
    os.rmdir(work) if not os.listdir(work) else None


if __name__ == "__main__":
    main()
