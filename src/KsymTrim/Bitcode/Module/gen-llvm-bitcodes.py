#!/usr/bin/env python3
"""Generates LlvmBitCodes.g.cs: LLVM's bitcode wire codes as C# enums, named as LLVM names them.

The input is the pair of headers in which LLVM keeps every bitcode enum value,
llvm/Bitcode/LLVMBitCodes.h and llvm/Bitstream/BitCodeEnums.h, as an LLVM development package installs them,
and llvm/IR/InstrTypes.h for CmpInst::Predicate, which CMP, CMP2 and CE_CMP records hold as is (the writer
emits getPredicate() unchanged); of that header only the Predicate enum is read.
The values are permanent (the headers say so: new ones are only added at the end), so one pinned LLVM serves
bitcode of every version the readers accept; the banner of the output records which LLVM and the headers'
SHA-256, and regenerating from another LLVM shows as a diff of added members.

    usage: gen-llvm-bitcodes.py [LLVM_INCLUDE_DIR]     (default: /usr/lib/llvm-22/include)

Only names and numbers are taken from the headers; the output is written from them here.
"""
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "LlvmBitCodes.g.cs")

# LLVM enum -> (C# enum, prefix stripped from member names, summary). Enums not listed are not generated.
ENUMS = {
    # BitCodeEnums.h
    "StandardWidths": ("StandardWidth", "", "Field widths of the bitstream's own records (<c>bitc::StandardWidths</c>)."),
    "FixedAbbrevIDs": ("FixedAbbrevId", "", "The abbreviation ids every block has (<c>bitc::FixedAbbrevIDs</c>)."),
    "StandardBlockIDs": ("StandardBlockId", "", "Block ids the bitstream itself defines (<c>bitc::StandardBlockIDs</c>)."),
    "BlockInfoCodes": ("BlockInfoCode", "BLOCKINFO_CODE_", "BLOCKINFO block records (<c>bitc::BlockInfoCodes</c>)."),
    # LLVMBitCodes.h
    "BlockIDs": ("BlockId", "", "The bitcode's block ids (<c>bitc::BlockIDs</c>)."),
    "IdentificationCodes": ("IdentificationCode", "IDENTIFICATION_CODE_", "IDENTIFICATION block records."),
    "ModuleCodes": ("ModuleCode", "MODULE_CODE_", "MODULE block records."),
    "AttributeCodes": ("AttributeCode", "", "PARAMATTR and PARAMATTR_GROUP block records."),
    "TypeCodes": ("TypeCode", "TYPE_CODE_", "TYPE_BLOCK_ID_NEW records."),
    "OperandBundleTagCode": ("OperandBundleTagCode", "", "OPERAND_BUNDLE_TAGS block records."),
    "SyncScopeNameCode": ("SyncScopeNameCode", "", "SYNC_SCOPE_NAMES block records."),
    "ValueSymtabCodes": ("ValueSymtabCode", "VST_CODE_", "VALUE_SYMTAB block records."),
    "MetadataCodes": ("MetadataCode", "METADATA_", "METADATA, METADATA_KIND and METADATA_ATTACHMENT block records."),
    "ConstantsCodes": ("ConstantsCode", "CST_CODE_", "CONSTANTS block records."),
    "CastOpcodes": ("CastOpcode", "CAST_", "The cast opcodes of CAST and CE_CAST records, as encoded (not llvm::Instruction's)."),
    "UnaryOpcodes": ("UnaryOpcode", "UNOP_", "The opcodes of UNOP and CE_UNOP records, as encoded."),
    "BinaryOpcodes": ("BinaryOpcode", "BINOP_", "The opcodes of BINOP and CE_BINOP records, as encoded (SDIV and SREM stand for the FP forms too)."),
    "RMWOperations": ("RmwOperation", "RMW_", "The operations of ATOMICRMW records, as encoded."),
    "OverflowingBinaryOperatorOptionalFlags": ("OverflowFlagBit", "OBO_", "Bit positions of the nuw/nsw flags operand."),
    "GetElementPtrOptionalFlags": ("GepFlagBit", "GEP_", "Bit positions of a GEP's flags operand."),
    "AtomicOrderingCodes": ("AtomicOrdering", "ORDERING_", "Atomic orderings, as encoded."),
    "CallMarkersFlags": ("CallMarkerBit", "CALL_", "Bit positions in a CALL record's flags operand."),
    "FunctionCodes": ("FunctionCode", "FUNC_CODE_", "FUNCTION block records."),
    "AttributeKindCodes": ("AttributeKind", "ATTR_KIND_", "Attribute kinds in PARAMATTR_GROUP entries."),
    "ComdatSelectionKindCodes": ("ComdatSelectionKind", "COMDAT_SELECTION_KIND_", "COMDAT selection kinds."),
    "StrtabCodes": ("StrtabCode", "STRTAB_", "STRTAB block records."),
    "SymtabCodes": ("SymtabCode", "SYMTAB_", "SYMTAB block records."),
    # InstrTypes.h
    "Predicate": ("CmpPredicate", "", "The predicates of CMP, CMP2 and CE_CMP records (<c>llvm::CmpInst::Predicate</c>, written as is): fcmp 0-15, icmp 32-41."),
}

ENUM_RE = re.compile(r"^\s*enum\s+(\w+)\s*(?::\s*\w+\s*)?\{(.*?)\};", re.S | re.M)


def parse(text, known):
    """Yields (enum, [(member, value)]) for every named enum of text, values resolved."""
    for m in ENUM_RE.finditer(text):
        name, body = m.group(1), m.group(2)
        body = re.sub(r"//[^\n]*", "", body)
        body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
        members, value = [], -1
        for item in (x.strip() for x in body.split(",")):
            if not item:
                continue
            if "=" in item:
                member, expr = (s.strip() for s in item.split("=", 1))
                value = evaluate(expr, known)
            else:
                member, value = item, value + 1
            known[member] = value
            members.append((member, value))
        yield name, members


def evaluate(expr, known):
    expr = expr.strip()
    for name, value in known.items():
        expr = re.sub(r"\b%s\b" % re.escape(name), str(value), expr)
    if not re.fullmatch(r"[0-9xXa-fA-FuUlL()<|+*\- ]+", expr):
        raise SystemExit("cannot evaluate %r" % expr)
    return eval(re.sub(r"(?<=[0-9a-fA-F])[uUlL]+\b", "", expr))  # noqa: S307 (digits and operators only)


def pascal(name):
    if "_" not in name and not name.isupper():
        return name[:1].upper() + name[1:]  # already CamelCase (BlockIDWidth)
    return "".join(part[:1] + part[1:].lower() for part in name.split("_") if part)


def member_name(llvm, prefix, enum):
    stripped = llvm[len(prefix):] if prefix and llvm.startswith(prefix) else llvm
    if enum == "BlockIDs":
        stripped = re.sub(r"_BLOCK_ID|_ID$", "", stripped)  # MODULE_BLOCK_ID is Module, METADATA_ATTACHMENT_ID MetadataAttachment
    n = pascal(stripped)
    return n if n[:1].isalpha() else "_" + n


def main():
    include = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/llvm-22/include"
    headers = [os.path.join(include, "llvm/Bitstream/BitCodeEnums.h"), os.path.join(include, "llvm/Bitcode/LLVMBitCodes.h"),
               os.path.join(include, "llvm/IR/InstrTypes.h")]
    known, enums, digests = {}, {}, []
    for h in headers:
        data = open(h, "rb").read()
        digests.append("%s %s" % (os.path.relpath(h, include), hashlib.sha256(data).hexdigest()))
        text = data.decode()
        if h.endswith("InstrTypes.h"):  # only CmpInst::Predicate: the header's other enums are not wire codes
            m = re.search(r"^\s*enum\s+Predicate\s*:\s*unsigned\s*\{.*?\};", text, re.S | re.M)
            if not m:
                raise SystemExit("enum Predicate not found in %s" % h)
            text = m.group(0)
        for name, members in parse(text, known):
            enums[name] = members
    version = llvm_version(include)
    out = [
        "// <auto-generated>",
        "// Generated by gen-llvm-bitcodes.py (beside this file) from the headers of %s:" % version,
    ]
    out += ["//   %s" % d for d in digests]
    out += [
        "// Do not edit: regenerate with `python3 src/KsymTrim/Bitcode/Module/gen-llvm-bitcodes.py [LLVM_INCLUDE_DIR]`.",
        "// </auto-generated>",
        "",
        "namespace KsymTrim.Bitcode.Module;",
    ]
    for llvm_name, (cs_name, prefix, summary) in ENUMS.items():
        if llvm_name not in enums:
            raise SystemExit("enum %s not found in the headers" % llvm_name)
        out += ["", "/// <summary>%s</summary>" % summary, "internal enum %s : uint" % cs_name, "{"]
        seen = set()
        for llvm, value in enums[llvm_name]:
            name = member_name(llvm, prefix, llvm_name)
            if name in seen:
                raise SystemExit("two members named %s in %s" % (name, cs_name))
            seen.add(name)
            out.append("    %s = %d, // %s" % (name, value, llvm))
        out.append("}")
    open(OUT, "w").write("\n".join(out) + "\n")


def llvm_version(include):
    """The LLVM the headers come from: llvm/Config/llvm-config.h's LLVM_VERSION_STRING, and the package when dpkg knows it."""
    version = "LLVM (unknown version)"
    config = os.path.join(include, "llvm/Config/llvm-config.h")
    if os.path.exists(config):
        m = re.search(r'#define LLVM_VERSION_STRING "([^"]+)"', open(config).read())
        if m:
            version = "LLVM " + m.group(1)
    try:
        owner = subprocess.run(["dpkg", "-S", os.path.join(include, "llvm/Bitcode/LLVMBitCodes.h")],
                               capture_output=True, text=True, check=True).stdout.split(":")[0]
        pkg = subprocess.run(["dpkg-query", "-W", "-f=${Version}", owner], capture_output=True, text=True, check=True).stdout
        version += " (%s %s)" % (owner, pkg)
    except (OSError, subprocess.CalledProcessError):
        pass
    return version


if __name__ == "__main__":
    main()
