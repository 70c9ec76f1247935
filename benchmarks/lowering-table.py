#!/usr/bin/env python3
"""Write the "## Corpus results" section of docs/lowering.md from `ksymtrim refs` over the LTO corpus.

For each corpus (../shared/corpus/lto-x86_64, lto-arm64, lto-x86_64-612 and lto-arm64-612) it runs
`ksymtrim refs --format tsv` once over every module's thin archive <module>.a and compares, per module, the
predicted symbols with truth.txt (the undefined symbols of what kbuild's LTO link made of the module),
__this_module left out of both: first a summary table, one row per corpus, with the exact modules (those whose
prediction is their truth: nothing missed, nothing extra), then a table per corpus (module, truth, ours, missed,
extra, exact, and a totals row with extra as a percentage of truth), then the missed and
extra symbols (the most frequent first, at most --list of each) with the source and detail columns of refs. Output is sorted and carries no date, so the same
tool and corpus always give the same bytes.

If docs/lowering.md has a "## Corpus results" heading, the section replaces everything from that heading to the
end of the file; otherwise it is appended (the file is created if absent). `-o -` prints it instead.

  usage: benchmarks/lowering-table.py [--tool PATH] [--src DIR] [--corpus DIR] [-o FILE|-] [--list N] [CORPUS...]
    --tool PATH   a built ksymtrim (also $KSYMTRIM_TOOL); without it the script runs `dotnet build -c Release`
                  of --src (default: this repository) into a temporary folder
    --corpus DIR  default: $KSYMTRIM_CORPUS or ../shared/corpus from the repository root
    -o FILE       default: docs/lowering.md; `-` writes the section to stdout
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

HEADING = "## Corpus results"
EXCLUDED = "__this_module"
DETAIL_WIDTH = 110
LINE_WIDTH = 114


def build(src, work):
    print(f"building ksymtrim (Release) from {src}...", file=sys.stderr)
    subprocess.run(["dotnet", "build", os.path.join(src, "src", "KsymTrim.Tool"), "-c", "Release",
                    "--artifacts-path", work], check=True, stdout=subprocess.DEVNULL)
    tool = os.path.join(work, "bin", "KsymTrim.Tool", "release", "KsymTrim.Tool")
    if not os.access(tool, os.X_OK):
        sys.exit(f"the build made no {tool}")
    return tool


def modules_of(corpus_dir):
    """Module name -> folder, for every folder holding <module>.a and truth.txt."""
    found = {}
    for name in sorted(os.listdir(corpus_dir)):
        d = os.path.join(corpus_dir, name)
        if os.path.isfile(os.path.join(d, name + ".a")) and os.path.isfile(os.path.join(d, "truth.txt")):
            found[name] = d
    return found


def run_refs(tool, modules):
    """Module name -> {symbol: (source, detail)} from one `ksymtrim refs` process."""
    by_path = {os.path.join(d, m + ".a"): m for m, d in modules.items()}
    proc = subprocess.run([tool, "refs", "--format", "tsv", *by_path], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"ksymtrim refs failed (exit status {proc.returncode}):\n{proc.stderr.strip()}")
    refs = {m: {} for m in modules}
    for line in proc.stdout.splitlines():
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            sys.exit(f"unexpected refs line: {line!r}")
        path, symbol, source = cols[0], cols[1], cols[2]
        detail = cols[3] if len(cols) > 3 else ""
        if source == "runtime-lookup":
            continue  # a need no symbol table shows, by design: not compared with the native object
        module = by_path.get(path)
        if module is None:
            sys.exit(f"refs named a module it was not given: {path}")
        # One row per module and symbol is expected; should there be more, keep the smallest for determinism.
        evidence = (source, detail)
        if symbol not in refs[module] or evidence < refs[module][symbol]:
            refs[module][symbol] = evidence
    return refs


def read_truth(d):
    with open(os.path.join(d, "truth.txt"), encoding="utf-8") as f:
        return {s for s in (line.strip() for line in f) if s and s != EXCLUDED}


def cell(text):
    """Text safe in a Markdown table cell or list item: one line, no pipes, no backticks, bounded."""
    text = " ".join(text.split()).replace("|", "\\|").replace("`", "'")
    return text if len(text) <= DETAIL_WIDTH else text[:DETAIL_WIDTH - 1] + "…"


def wrap(line):
    """Prose and list items folded to LINE_WIDTH like the rest of docs/; headings and table rows kept whole."""
    if len(line) <= LINE_WIDTH or line.startswith(("|", "#")):
        return line
    indent = "  " if line.startswith("- ") else ""
    return "\n".join(textwrap.wrap(line, LINE_WIDTH, subsequent_indent=indent,
                                    break_long_words=False, break_on_hyphens=False))


def code(text):
    return "`" + text.replace("`", "'") + "`" if text else "(empty)"


def listing(by_symbol, what, limit, with_evidence):
    """One line per symbol, the most frequent first: the modules, and the evidence refs gave in the first."""
    items = sorted(by_symbol.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    total = sum(len(v) for v in by_symbol.values())
    out = [f"{what}: {total} in {len(items)} distinct symbols"
           + (f", the {limit} most frequent shown" if len(items) > limit else "")
           + (", with the source and detail `refs` gave (for the first module)" if with_evidence and items else "")
           + ":", ""]
    for symbol, hits in items[:limit]:
        names = [h[0] for h in hits]
        mods = ", ".join(names[:4]) + (f", … ({len(names)} modules)" if len(names) > 4 else "")
        line = f"- {code(symbol)} in {mods}"
        if with_evidence:
            _, source, detail = hits[0]
            line += f": {source}" + (f", {cell(detail)}" if detail else "")
        out.append(line)
    if len(items) > limit:
        out.append(f"- … {len(items) - limit} more symbols")
    if not items:
        out.append("- none")
    return out + [""]


def corpus_section(name, modules, refs, limit):
    rows, missed_by, extra_by = [], {}, {}
    totals = [0, 0, 0, 0]
    exact = 0
    for m in sorted(modules):
        truth = read_truth(modules[m])
        ours = {s for s in refs[m] if s != EXCLUDED}
        missed = sorted(truth - ours)
        extra = sorted(ours - truth)
        is_exact = not missed and not extra
        exact += is_exact
        rows.append(f"| {m} | {len(truth)} | {len(ours)} | {len(missed)} | {len(extra)} | {'yes' if is_exact else 'no'} |")
        for i, v in enumerate((len(truth), len(ours), len(missed), len(extra))):
            totals[i] += v
        for s in missed:
            missed_by.setdefault(s, []).append((m, "", ""))
        for s in extra:
            extra_by.setdefault(s, []).append((m, *refs[m][s]))
    pct = 100.0 * totals[3] / totals[0] if totals[0] else 0.0
    out = [f"### {name}", "",
           f"{len(modules)} modules. truth: the symbols in `truth.txt` without `{EXCLUDED}`; ours: the symbols "
           f"`ksymtrim refs` predicts, without `{EXCLUDED}`; missed: in truth, not predicted (an export trimmed that a module "
           f"needs); extra: predicted, not in truth (an export kept for nothing); exact: neither.", "",
           "| module | truth | ours | missed | extra | exact |", "|---|---:|---:|---:|---:|:---:|", *rows,
           f"| **total** | {totals[0]} | {totals[1]} | {totals[2]} | {totals[3]} ({pct:.1f}% of truth) | "
           f"{exact} ({100.0 * exact / len(modules) if modules else 0.0:.1f}%) |", ""]
    out += listing(missed_by, "Missed", limit, False)
    out += listing(extra_by, "Extra", limit, True)
    return out, totals + [exact]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="*", default=["lto-x86_64", "lto-arm64", "lto-x86_64-612", "lto-arm64-612"], metavar="CORPUS")
    ap.add_argument("--tool", default=os.environ.get("KSYMTRIM_TOOL"))
    ap.add_argument("--src", default=root)
    ap.add_argument("--corpus", default=os.environ.get("KSYMTRIM_CORPUS", os.path.join(root, "..", "shared", "corpus")))
    ap.add_argument("-o", "--output", default=os.path.join(root, "docs", "lowering.md"))
    ap.add_argument("--list", type=int, default=40, metavar="N",
                    help="list at most N distinct missed and N distinct extra symbols per corpus (default 40)")
    args = ap.parse_args()

    for c in args.corpora:
        if not os.path.isdir(os.path.join(args.corpus, c)):
            sys.exit(f"no corpus folder {os.path.join(args.corpus, c)}")
    work = tempfile.mkdtemp()
    try:
        tool = args.tool or build(args.src, work)
        if not os.access(tool, os.X_OK):
            sys.exit(f"not an executable: {tool}")
        lines = [HEADING, "",
                 "Generated by `benchmarks/lowering-table.py` (rerun it to refresh this section): "
                 "`ksymtrim refs` over each module's `<module>.a` in `../shared/corpus`, against the module's "
                 "`truth.txt`, the undefined symbols of what kbuild's ThinLTO link made of it. The exports a module "
                 "looks up by name at run time (`runtime-lookup`) are left out: no symbol table shows them, by design.", ""]
        summary, sections = [], []
        table = ["| corpus | modules | exact modules | truth | missed | extra |", "|---|---:|---:|---:|---:|---:|"]
        for c in args.corpora:
            modules = modules_of(os.path.join(args.corpus, c))
            section, totals = corpus_section(c, modules, run_refs(tool, modules), args.list)
            sections += section
            n = len(modules)
            table.append(f"| {c} | {n} | {totals[4]} ({100.0 * totals[4] / n if n else 0.0:.1f}%) | {totals[0]} | "
                         f"{totals[2]} | {totals[3]} ({100.0 * totals[3] / totals[0] if totals[0] else 0.0:.1f}%) |")
            summary.append(f"{c}: {n} modules, {totals[4]} exact, truth {totals[0]}, ours {totals[1]}, "
                           f"missed {totals[2]}, extra {totals[3]}")
        lines += ["Exact modules: those whose prediction is exactly their truth (nothing missed, nothing extra).", "",
                  *table, "", *sections]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(wrap(line) for line in lines).rstrip("\n") + "\n"

    if args.output == "-":
        sys.stdout.write(text)
        where = "stdout"
    else:
        old = ""
        if os.path.exists(args.output):
            with open(args.output, encoding="utf-8") as f:
                old = f.read()
        kept = old.splitlines(keepends=True)
        at = next((i for i, line in enumerate(kept) if line.rstrip() == HEADING), None)
        if at is not None:
            new = "".join(kept[:at]) + text
        elif old:
            new = old.rstrip("\n") + "\n\n" + text
        else:
            new = text
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(new)
        os.replace(tmp, args.output)
        where = args.output
    for s in summary:
        print(s, file=sys.stderr)
    print(f"wrote the {HEADING!r} section to {where}", file=sys.stderr)


if __name__ == "__main__":
    main()
