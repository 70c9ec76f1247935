#!/usr/bin/env python3
"""ll-facts.py - extract reader-checkable facts from llvm-dis output.

Usage: ll-facts.py FILE.ll > FILE.facts.json

Reads the textual IR printed by llvm-dis (LLVM 14..19) and writes JSON:

  triple        target triple
  module_asm    the `module asm "..."` lines, in order, exactly as printed
  inline_asm    [{"asm", "constraints", "count"}] per distinct (asm string,
                constraint string) pair of `call`/`callbr`/`invoke` sites
                whose callee is an inline asm; strings exactly as printed
                between the quotes (LLVM escapes kept: \\XX, \\\\)
  intrinsics    {"llvm.x": call sites} for callees named @llvm.*
  calls         {"name": call sites} for direct calls to other functions
  indirect_calls  number of call sites whose callee is a local value
  operand_bundles {"tag": call sites carrying it} (e.g. "kcfi")
  functions     {"name": {"attributes": [...]}} for every `define`; the
                sorted attribute strings of its function attribute group
  module_flags  [[behavior, "name", value-as-text]] from !llvm.module.flags;
                a value that is a reference !N is replaced by N's text

Function names are as printed without the leading '@' and without the
surrounding quotes of a quoted name (escapes such as \\01 are kept).
Only the standard library is used; output is deterministic.
"""
import json
import re
import sys

NAME = r'(?:"[^"]*"|[-\w$.]+)'
STRING = r'"([^"]*)"'   # llvm-dis prints '"' inside strings as \22

CALL_RE = re.compile(
    r'^\s+(?:%' + NAME + r'\s*=\s*)?(?:(?:tail|musttail|notail)\s+)?(call|invoke|callbr)\b')
ASM_RE = re.compile(
    r'asm((?:\s+(?:sideeffect|alignstack|inteldialect|unwind))*)\s+' + STRING + r',\s*' + STRING)
CALLEE_RE = re.compile(r'([@%])(' + NAME + r')\(')
DEFINE_RE = re.compile(r'^define\b')
ATTRS_RE = re.compile(r'^attributes #(\d+) = \{ (.*) \}\s*$')
MDNODE_RE = re.compile(r'^!(\d+) = (?:distinct )?!\{(.*)\}\s*$')
FLAGS_RE = re.compile(r'^!llvm\.module\.flags = !\{(.*)\}\s*$')


def unquote(name):
    return name[1:-1] if name.startswith('"') else name


def split_top(text, sep=','):
    """Split at `sep` outside quotes and brackets."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(text):
        c = text[i]
        if c == '"':
            j = text.index('"', i + 1)
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c in '([{<':
            depth += 1
        elif c in ')]}>':
            depth -= 1
        if c == sep and depth == 0:
            parts.append(''.join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    if ''.join(cur).strip():
        parts.append(''.join(cur).strip())
    return parts


def attr_tokens(text):
    """Split an attribute group body into attribute strings."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        if text[i] == '"':
            i = text.index('"', i + 1) + 1
            if text.startswith('="', i):
                i = text.index('"', i + 2) + 1
        else:
            depth = 0
            while i < n and (depth or not text[i].isspace()):
                if text[i] == '(':
                    depth += 1
                elif text[i] == ')':
                    depth -= 1
                i += 1
        out.append(text[start:i])
    return out


def strip_strings(line):
    return re.sub(r'"[^"]*"', '""', line)


def matching_paren(text, open_idx):
    depth, k = 0, open_idx
    while k < len(text):
        c = text[k]
        if c == '"':
            k = text.index('"', k + 1) + 1
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def bundles_of(line, args_open):
    """Operand bundle tags of a call: `#N [ "tag"(...), ... ]` after the args."""
    close = matching_paren(line, args_open)
    if close < 0:
        return []
    m = re.match(r'(?:\s*#\d+)*\s*\[([^\]]*)\]', line[close + 1:])
    return re.findall(r'"([^"]*)"\(', m.group(1)) if m else []


def main(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')

    triple = None
    module_asm = []
    inline_asm = {}
    intrinsics = {}
    calls = {}
    indirect = 0
    bundles = {}
    functions = {}        # name -> attribute group id (or None)
    groups = {}
    mdnodes = {}
    flag_refs = []
    in_body = False

    for line in lines:
        if in_body:
            if line.startswith('}'):
                in_body = False
                continue
            m = CALL_RE.match(line)
            if not m:
                continue
            rest = line[m.end():]
            if re.match(r'[^"@(]*?\basm\b', rest) or re.match(r'\s*\{[^"@]*\}\*?\s+asm\b|[^"@]*?\*\s+asm\b', rest):
                a = ASM_RE.search(rest)
                if not a:
                    raise SystemExit('%s: cannot parse inline asm: %s' % (path, line))
                key = (a.group(2), a.group(3))
                inline_asm[key] = inline_asm.get(key, 0) + 1
                open_idx = m.end() + a.end()
            else:
                c = CALLEE_RE.search(rest)
                if not c:
                    raise SystemExit('%s: cannot find callee: %s' % (path, line))
                name = unquote(c.group(2))
                if c.group(1) == '%':
                    indirect += 1
                elif name.startswith('llvm.'):
                    intrinsics[name] = intrinsics.get(name, 0) + 1
                else:
                    calls[name] = calls.get(name, 0) + 1
                open_idx = m.end() + c.end() - 1
            for tag in bundles_of(line, open_idx):
                bundles[tag] = bundles.get(tag, 0) + 1
            continue
        if line.startswith('target triple = '):
            triple = re.match(r'target triple = ' + STRING, line).group(1)
        elif line.startswith('module asm '):
            module_asm.append(re.match(r'module asm ' + STRING, line).group(1))
        elif DEFINE_RE.match(line):
            bare = strip_strings(line)
            name = re.search(r'@(' + NAME + r')\(', line).group(1)
            grp = re.findall(r'#(\d+)', bare)
            functions[unquote(name)] = grp[0] if grp else None
            in_body = line.rstrip().endswith('{')
        elif line.startswith('attributes #'):
            m = ATTRS_RE.match(line)
            groups[m.group(1)] = sorted(attr_tokens(m.group(2)))
        elif line.startswith('!llvm.module.flags'):
            flag_refs = [r.strip().lstrip('!') for r in FLAGS_RE.match(line).group(1).split(',')]
        elif line.startswith('!'):
            m = MDNODE_RE.match(line)
            if m:
                mdnodes[m.group(1)] = m.group(2)

    module_flags = []
    for ref in flag_refs:
        parts = split_top(mdnodes[ref])
        behavior = int(parts[0].split()[1])
        fname = re.match(r'!' + STRING, parts[1]).group(1)
        value = parts[2]
        r = re.fullmatch(r'!(\d+)', value)
        if r and r.group(1) in mdnodes:
            value = '!{' + mdnodes[r.group(1)] + '}'
        module_flags.append([behavior, fname, value])

    facts = {
        'triple': triple,
        'module_asm': module_asm,
        'inline_asm': [{'asm': k[0], 'constraints': k[1], 'count': v}
                       for k, v in sorted(inline_asm.items())],
        'intrinsics': dict(sorted(intrinsics.items())),
        'calls': dict(sorted(calls.items())),
        'indirect_calls': indirect,
        'operand_bundles': dict(sorted(bundles.items())),
        'functions': {n: {'attributes': groups.get(g, []) if g else []}
                      for n, g in sorted(functions.items())},
        'module_flags': module_flags,
    }
    json.dump(facts, sys.stdout, indent=1, ensure_ascii=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        raise SystemExit('usage: ll-facts.py FILE.ll')
    main(sys.argv[1])
