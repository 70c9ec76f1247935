#!/usr/bin/env python3
"""mkar.py - write GNU ar archives (regular or thin) byte-exactly, without a
symbol index (like `ar rcS` / `ar rcST`).  Used for archive shapes that
llvm-ar / GNU ar refuse to produce: thin archives nesting other thin archives
(not flattened, as old kbuild built-in.a files were) and self-referencing
(cyclic) thin archives.

usage: mkar.py [--thin] [--allow-missing] OUT MEMBER...

Member paths are taken relative to OUT's directory and stored as given.
Format (GNU):
  "!<arch>\n" or "!<thin>\n"
  60-byte headers: name[16] date[12] uid[6] gid[6] mode[8] size[10] "`\n"
  names <= 15 chars: "name/" padded; longer (and every name of a thin
  archive, like llvm-ar and GNU ar do): "/N", N = offset into the "//"
  member, whose entries are "name/\n".  Regular members are followed by
  their bytes (padded to even length with "\n"); thin members are not, but
  their size field is still the real size of the referenced file.  A member
  naming OUT itself gets OUT's own (final) size.  With --allow-missing a
  missing member gets size 0 (used to bootstrap mutually-referencing
  archives; rerun once the target exists).
All dates/uids/gids are 0 and modes 644, so output is deterministic.
"""
import os
import sys


def header(name, size, date="0", uid="0", gid="0", mode="644"):
    h = (name.ljust(16) + date.ljust(12) + uid.ljust(6) + gid.ljust(6)
         + mode.ljust(8) + str(size).ljust(10) + "`\n")
    assert len(h) == 60, h
    return h.encode("ascii")


def build(out, members, thin, allow_missing):
    base = os.path.dirname(os.path.abspath(out))
    out_abs = os.path.abspath(out)
    # long-name table
    strtab = b""
    names = []
    for m in members:
        if thin or len(m) > 15 or "/" in m:
            names.append("/%d" % len(strtab))
            strtab += m.encode() + b"/\n"
        else:
            names.append(m + "/")
    if len(strtab) % 2:
        strtab += b"\n"

    def body(self_size):
        parts = [b"!<thin>\n" if thin else b"!<arch>\n"]
        if strtab:
            parts.append(header("//", len(strtab), "", "", "", ""))
            parts.append(strtab)
        for m, n in zip(members, names):
            p = os.path.join(base, m)
            if os.path.abspath(p) == out_abs:
                size, data = self_size, b""
                if not thin:
                    sys.exit("mkar.py: a regular archive cannot contain itself")
            elif os.path.exists(p):
                with open(p, "rb") as f:
                    data = f.read()
                size = len(data)
            elif allow_missing and thin:
                size, data = 0, b""
            else:
                sys.exit("mkar.py: missing member %s" % p)
            parts.append(header(n, size))
            if not thin:
                parts.append(data)
                if size % 2:
                    parts.append(b"\n")
        return b"".join(parts)

    # the size field is fixed-width, so the length does not depend on it
    length = len(body(0))
    data = body(length)
    assert len(data) == length
    return data


def main(argv):
    thin = allow_missing = False
    args = []
    for a in argv:
        if a == "--thin":
            thin = True
        elif a == "--allow-missing":
            allow_missing = True
        else:
            args.append(a)
    if len(args) < 1:
        sys.exit(__doc__)
    out, members = args[0], args[1:]
    data = build(out, members, thin, allow_missing)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv[1:])
