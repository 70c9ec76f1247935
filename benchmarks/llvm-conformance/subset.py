#!/usr/bin/env python3
"""subset.py - picks the committed subset of a codegen.py run for the test suite.

From codegen.py's --keep folder (configs.tsv and one .bc per configuration whose object needs a symbol its IR does
not name), takes a small set of configurations that together cover every (target, symbol) pair lowering added in
the run, greedily (the configuration adding the most pairs not yet covered first; ties by key), skipping those
whose llc flags the bitcode cannot carry (their truth depends on a fact the analysis cannot see). Writes to OUT:
cases.tsv (key, target, test, llc flags, triple, lowered truth) and each chosen <key>.bc. The tests in
tests/KsymTrim.Tests/Lowering/LlvmCodeGenTests.cs read them.

With --gaps TOOL instead of --from, it (re)writes OUT/known-gaps.tsv: the (case, symbol) pairs TOOL (a ksymtrim)
does not predict, each with the reason kept from the old file or "not predicted yet" for a new one, to be
replaced by why the bitcode cannot show it where that is so.

usage: subset.py --from KEEP --to OUT [--most N]
       subset.py --gaps TOOL --to OUT
"""
import argparse
import os
import shutil
import subprocess


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src")
    ap.add_argument("--gaps", help="a ksymtrim (Native AOT binary or .dll): write known-gaps.tsv")
    ap.add_argument("--to", required=True)
    ap.add_argument("--most", type=int, default=250)
    a = ap.parse_args()
    if a.gaps:
        return gaps(a.gaps, a.to)
    rows = []
    with open(os.path.join(a.src, "configs.tsv")) as f:
        for line in f:
            if line.startswith("#"):
                continue
            key, target, test, flags, triple, llc_only, lowered, _missed = line.rstrip("\n").split("\t")
            if llc_only:
                continue
            rows.append((key, target, test, flags, triple, lowered.split()))
    rows.sort()
    covered, chosen = set(), []
    while rows and len(chosen) < a.most:
        best = max(rows, key=lambda r: (len({(r[1], s) for s in r[5]} - covered), -rows.index(r)))
        gain = {(best[1], s) for s in best[5]} - covered
        if not gain:
            break
        covered |= gain
        chosen.append(best)
        rows.remove(best)
    os.makedirs(a.to, exist_ok=True)
    for old in os.listdir(a.to):
        if old.endswith(".bc"):
            os.unlink(os.path.join(a.to, old))
    chosen.sort(key=lambda r: (r[1], r[2], r[3]))
    with open(os.path.join(a.to, "cases.tsv"), "w") as f:
        f.write("# key\ttarget\ttest (LLVM 19.1.7 llvm/test)\tllc flags\ttriple\tsymbols llc-22 -O2 added\n")
        for key, target, test, flags, triple, lowered in chosen:
            f.write("\t".join([key, target, test, flags, triple, " ".join(lowered)]) + "\n")
            shutil.copy(os.path.join(a.src, key + ".bc"), os.path.join(a.to, key + ".bc"))
    print(f"{len(chosen)} configurations cover {len(covered)} (target, symbol) pairs")


def gaps(tool, out):
    cases = []
    with open(os.path.join(out, "cases.tsv")) as f:
        for line in f:
            if not line.startswith("#"):
                key, target, test, flags, triple, symbols = line.rstrip("\n").split("\t")
                cases.append((key, test, symbols.split()))
    old = {}
    path = os.path.join(out, "known-gaps.tsv")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if not line.startswith("#"):
                    key, symbol, why = line.rstrip("\n").split("\t")
                    old[(key, symbol)] = why
    cmd = ["dotnet", tool] if tool.endswith(".dll") else [tool]
    bcs = [os.path.join(out, key + ".bc") for key, _, _ in cases]
    r = subprocess.run([*cmd, "refs", "--format", "tsv", "--keep-going", *bcs], capture_output=True, text=True)
    predicted = {}
    for line in r.stdout.splitlines():
        f = line.split("\t")
        predicted.setdefault(f[0], set()).add(f[1])
    rows = []
    for (key, test, symbols), bc in zip(cases, bcs):
        for s in symbols:
            if s not in predicted.get(bc, set()):
                rows.append((key, s, old.get((key, s), "not predicted yet (" + test + ")")))
    with open(path, "w") as f:
        f.write("# case key\tsymbol llc-22 adds that the analysis does not predict\twhy\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} known gaps in {len({k for k, _, _ in rows})} of {len(cases)} cases")


if __name__ == "__main__":
    main()
