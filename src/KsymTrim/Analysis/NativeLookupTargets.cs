using KsymTrim.Elf;

namespace KsymTrim.Analysis;

// The per-architecture facts NativeRuntimeLookups needs, as data: how a relocation's target address is found
// (where a REL relocation keeps its addend, how far a PC-relative field sits from the address it names), and
// which instructions are direct branches, for the calls an assembler resolves without a relocation. Values come
// from the psABIs (System V x86-64 and i386, ELF for the Arm Architecture, ELF for the Arm 64-bit Architecture,
// RISC-V ELF psABI, 64-bit ELF V2 ABI for Power and the 64-bit PowerPC ELF ABI v1.9, s390x ELF ABI) and the
// instruction set manuals; each row was checked against llvm-objdump output of clang-14 and clang-22 objects
// (tests/KsymTrim.Tests/Fixtures/out/lookups and docs/runtime-lookups.md).

/// <summary>Where a relocation's addend is: in the entry (SHT_RELA) or, for SHT_REL, in the bytes it patches.</summary>
internal enum AddendForm : byte
{
    /// <summary>SHT_RELA's r_addend; for SHT_REL an addend the analysis cannot read (the relocation is skipped).</summary>
    Entry,
    /// <summary>A 32-bit word in the file's byte order (R_386_32, R_386_PC32, R_ARM_ABS32).</summary>
    Word32,
    /// <summary>A32 B/BL/BLX: signed imm24, in words.</summary>
    ArmBranch24,
    /// <summary>A32 MOVW/MOVT: signed imm4:imm12.</summary>
    ArmMovw,
    /// <summary>T32 BL/B.W: S:I1:I2:imm10:imm11, in halfwords.</summary>
    ThumbBranch24,
    /// <summary>T32 B&lt;cond&gt;.W: S:J2:J1:imm6:imm11, in halfwords.</summary>
    ThumbBranch19,
    /// <summary>T32 MOVW/MOVT: signed i:imm4:imm3:imm8.</summary>
    ThumbMovw,
}

/// <summary>How one relocation type of one machine names an address: the target is S + addend + <see cref="Bias"/>.</summary>
/// <param name="Addend">Where the addend is (SHT_REL only; SHT_RELA always has it in the entry).</param>
/// <param name="Bias">Added to S + A to get the address named: a PC-relative field that lies after (x86: the
/// instruction ends 4 bytes after the field starts) or inside (s390x: 2 bytes into) the instruction makes the
/// compiler fold that distance into the addend.</param>
internal readonly record struct RelocationRule(AddendForm Addend, long Bias);

/// <summary>A direct branch encoding: <see cref="Size"/> bytes at a position p, read as one unsigned number in the
/// instruction set's order, are this branch when <c>(bits &amp; Mask) == Match</c>; its target is
/// <see cref="Target"/>(bits, p), or null when the bits are not a branch after all.</summary>
internal sealed record BranchForm(string Name, int Size, ulong Mask, ulong Match, Func<ulong, ulong, ulong?> Target);

/// <summary>How an instruction set's code is scanned for direct branches.</summary>
/// <param name="Step">Instructions start at multiples of this from a function's start (x86: every byte).</param>
/// <param name="BigEndian">How instruction bytes compose <see cref="BranchForm"/> bits: true, the first byte is the
/// most significant; false, the least; null, as the file's byte order. Thumb: each halfword so, the first halfword
/// in the high bits.</param>
/// <param name="Halfwords">Thumb: 32-bit forms are two halfwords, each in the file's order.</param>
/// <param name="Forms">The branch encodings.</param>
internal sealed record BranchSet(int Step, bool? BigEndian, bool Halfwords, BranchForm[] Forms)
{
    /// <summary>Which first bytes can start one of the forms: most positions of x86 code (scanned byte by byte) are
    /// ruled out by one load. All true where the first byte depends on the file's byte order.</summary>
    public bool[] FirstByte { get; } = FirstBytes(BigEndian, Halfwords, Forms);

    /// <summary>The bytes <see cref="FirstByte"/> allows, for a vectorized search; null when it allows them all.</summary>
    public System.Buffers.SearchValues<byte>? FirstByteSearch { get; } = Search(FirstBytes(BigEndian, Halfwords, Forms));

    private static System.Buffers.SearchValues<byte>? Search(bool[] first)
    {
        var bytes = new List<byte>();
        for (int b = 0; b < 256; b++) if (first[b]) bytes.Add((byte)b);
        return bytes.Count == 256 ? null : System.Buffers.SearchValues.Create([.. bytes]);
    }

    private static bool[] FirstBytes(bool? bigEndian, bool halfwords, BranchForm[] forms)
    {
        var result = new bool[256];
        for (int b = 0; b < 256; b++)
            foreach (var f in forms)
            {
                int shift = bigEndian is true ? 8 * (f.Size - 1) : 0;
                ulong mask = (f.Mask >> shift) & 0xFF, match = (f.Match >> shift) & 0xFF;
                if (bigEndian is null || halfwords || ((ulong)b & mask) == match) { result[b] = true; break; }
            }
        return result;
    }
}

internal static class NativeLookupTargets
{
    // e_machine values and relocation types (glibc elf.h).
    private const ushort X86_64 = ElfMachine.X86_64, I386 = ElfMachine.I386, Arm = ElfMachine.Arm,
        AArch64 = ElfMachine.AArch64, RiscV = ElfMachine.RiscV, Ppc64 = ElfMachine.PowerPC64, S390 = ElfMachine.S390;

    /// <summary>Rules by (machine, type). A type that is absent has its addend in the entry and no bias: every
    /// RELA type whose value is S + A or S + A - P with P the field's own address (AArch64, RISC-V, PowerPC).</summary>
    private static readonly Dictionary<(ushort, uint), RelocationRule> s_rules = new()
    {
        // x86-64: PC-relative fields are the instruction's last 4 bytes; the assembler writes target - 4.
        [(X86_64, 2)] = new(AddendForm.Entry, 4),   // R_X86_64_PC32 (lea sym(%rip); jcc/jmp to another section)
        [(X86_64, 4)] = new(AddendForm.Entry, 4),   // R_X86_64_PLT32 (call, jmp)
        [(X86_64, 9)] = new(AddendForm.Entry, 4),   // R_X86_64_GOTPCREL
        [(X86_64, 41)] = new(AddendForm.Entry, 4),  // R_X86_64_GOTPCRELX
        [(X86_64, 42)] = new(AddendForm.Entry, 4),  // R_X86_64_REX_GOTPCRELX
        // i386 (REL): the addend is the 32-bit field; PC-relative ones hold target - 4 (e8 fc ff ff ff).
        [(I386, 1)] = new(AddendForm.Word32, 0),    // R_386_32
        [(I386, 2)] = new(AddendForm.Word32, 4),    // R_386_PC32
        [(I386, 4)] = new(AddendForm.Word32, 4),    // R_386_PLT32
        [(I386, 9)] = new(AddendForm.Word32, 0),    // R_386_GOTOFF
        // Arm (REL). A32 branches read the PC 8 bytes ahead, T32 4 bytes: the field holds target - 8 / - 4.
        [(Arm, 1)] = new(AddendForm.ArmBranch24, 8),   // R_ARM_PC24
        [(Arm, 2)] = new(AddendForm.Word32, 0),        // R_ARM_ABS32 (literal pools)
        [(Arm, 10)] = new(AddendForm.ThumbBranch24, 4), // R_ARM_THM_CALL
        [(Arm, 28)] = new(AddendForm.ArmBranch24, 8),  // R_ARM_CALL
        [(Arm, 29)] = new(AddendForm.ArmBranch24, 8),  // R_ARM_JUMP24
        [(Arm, 30)] = new(AddendForm.ThumbBranch24, 4), // R_ARM_THM_JUMP24
        [(Arm, 38)] = new(AddendForm.Word32, 0),       // R_ARM_TARGET1
        [(Arm, 43)] = new(AddendForm.ArmMovw, 0),      // R_ARM_MOVW_ABS_NC
        [(Arm, 44)] = new(AddendForm.ArmMovw, 0),      // R_ARM_MOVT_ABS (the addend is the same signed 16 bits)
        [(Arm, 47)] = new(AddendForm.ThumbMovw, 0),    // R_ARM_THM_MOVW_ABS_NC
        [(Arm, 48)] = new(AddendForm.ThumbMovw, 0),    // R_ARM_THM_MOVT_ABS
        [(Arm, 51)] = new(AddendForm.ThumbBranch19, 4), // R_ARM_THM_JUMP19
        // s390x: PC-relative "DBL" fields start 2 bytes into the instruction (larl, brasl, brc, jg).
        [(S390, 17)] = new(AddendForm.Entry, -2),   // R_390_PC16DBL
        [(S390, 18)] = new(AddendForm.Entry, -2),   // R_390_PLT16DBL
        [(S390, 19)] = new(AddendForm.Entry, -2),   // R_390_PC32DBL
        [(S390, 20)] = new(AddendForm.Entry, -2),   // R_390_PLT32DBL
        [(S390, 21)] = new(AddendForm.Entry, -2),   // R_390_GOTPCDBL
        [(S390, 26)] = new(AddendForm.Entry, -2),   // R_390_GOTENT
    };

    /// <summary>R_PPC64_ADDR64: the entries of .opd (ELFv1 function descriptors) and .toc.</summary>
    public const uint PpcAddr64 = 38;

    /// <summary>The rule for a relocation type; types without one have their addend in the entry and no bias.</summary>
    public static RelocationRule Rule(ushort machine, uint type) =>
        s_rules.TryGetValue((machine, type), out var r) ? r : default;

    private static long Sext(ulong v, int bits) => (long)(v << (64 - bits)) >> (64 - bits);

    /// <summary>The T32 BL/B.W offset from hw1:hw2 (ARM ARM A8.8.18/A8.8.25, encoding T4).</summary>
    public static long ThumbBranch24(ulong bits)
    {
        ulong s = (bits >> 26) & 1, imm10 = (bits >> 16) & 0x3FF, j1 = (bits >> 13) & 1, j2 = (bits >> 11) & 1, imm11 = bits & 0x7FF;
        ulong i1 = ~(j1 ^ s) & 1, i2 = ~(j2 ^ s) & 1;
        return Sext((s << 24) | (i1 << 23) | (i2 << 22) | (imm10 << 12) | (imm11 << 1), 25);
    }

    /// <summary>The T32 B&lt;cond&gt;.W offset (encoding T3).</summary>
    public static long ThumbBranch19(ulong bits)
    {
        ulong s = (bits >> 26) & 1, imm6 = (bits >> 16) & 0x3F, j1 = (bits >> 13) & 1, j2 = (bits >> 11) & 1, imm11 = bits & 0x7FF;
        return Sext((s << 20) | (j2 << 19) | (j1 << 18) | (imm6 << 12) | (imm11 << 1), 21);
    }

    /// <summary>The A32 B/BL offset: signed imm24 in words.</summary>
    public static long ArmBranch24(ulong bits) => Sext(bits & 0xFFFFFF, 24) * 4;

    /// <summary>A32 MOVW/MOVT imm4:imm12, signed (the REL addend of R_ARM_MOVW_ABS_NC and R_ARM_MOVT_ABS).</summary>
    public static long ArmMovw(ulong bits) => Sext(((bits >> 4) & 0xF000) | (bits & 0xFFF), 16);

    /// <summary>T32 MOVW/MOVT i:imm4:imm3:imm8 from hw1:hw2, signed.</summary>
    public static long ThumbMovw(ulong bits)
    {
        ulong imm4 = (bits >> 16) & 0xF, i = (bits >> 26) & 1, imm3 = (bits >> 12) & 7, imm8 = bits & 0xFF;
        return Sext((imm4 << 12) | (i << 11) | (imm3 << 8) | imm8, 16);
    }

    private static ulong? Rel(ulong p, long displacement) => p + (ulong)displacement;

    private static long RiscvJ(ulong w) => Sext(((w >> 31) & 1) << 20 | ((w >> 12) & 0xFF) << 12 | ((w >> 20) & 1) << 11 | ((w >> 21) & 0x3FF) << 1, 21);
    private static long RiscvB(ulong w) => Sext(((w >> 31) & 1) << 12 | ((w >> 7) & 1) << 11 | ((w >> 25) & 0x3F) << 5 | ((w >> 8) & 0xF) << 1, 13);
    private static long RiscvCj(ulong h) => Sext(((h >> 12) & 1) << 11 | ((h >> 11) & 1) << 4 | ((h >> 9) & 3) << 8 | ((h >> 8) & 1) << 10 |
        ((h >> 7) & 1) << 6 | ((h >> 6) & 1) << 7 | ((h >> 3) & 7) << 1 | ((h >> 2) & 1) << 5, 12);
    private static long RiscvCb(ulong h) => Sext(((h >> 12) & 1) << 8 | ((h >> 10) & 3) << 3 | ((h >> 5) & 3) << 6 | ((h >> 3) & 3) << 1 | ((h >> 2) & 1) << 5, 9);

    /// <summary>auipc rd, hi20 then jalr rs1=rd, lo12: the call sequence an assembler resolves itself (clang-14 for
    /// a static function in the same section). Bits: the auipc in the low 32, the jalr in the high 32.</summary>
    private static ulong? RiscvAuipcJalr(ulong bits, ulong p)
    {
        ulong auipc = bits & 0xFFFFFFFF, jalr = bits >> 32;
        if (((auipc >> 7) & 31) != ((jalr >> 15) & 31)) return null;
        return Rel(p, Sext(auipc & 0xFFFFF000, 32) + Sext(jalr >> 20, 12));
    }

    private static readonly BranchSet X86 = new(1, false, false,
    [
        new("call rel32", 5, 0xFF, 0xE8, (b, p) => Rel(p, 5 + (int)(uint)(b >> 8))),
        new("jmp rel32", 5, 0xFF, 0xE9, (b, p) => Rel(p, 5 + (int)(uint)(b >> 8))),
        new("jcc rel32", 6, 0xF0FF, 0x800F, (b, p) => Rel(p, 6 + (int)(uint)(b >> 16))),
        new("jmp rel8", 2, 0xFF, 0xEB, (b, p) => Rel(p, 2 + (sbyte)(b >> 8))),
        new("jcc rel8", 2, 0xF0, 0x70, (b, p) => Rel(p, 2 + (sbyte)(b >> 8))),
    ]);

    private static readonly BranchSet A64 = new(4, false, false,
    [
        new("b/bl", 4, 0x7C000000, 0x14000000, (b, p) => Rel(p, Sext(b & 0x3FFFFFF, 26) * 4)),
        new("b.cond", 4, 0xFF000010, 0x54000000, (b, p) => Rel(p, Sext((b >> 5) & 0x7FFFF, 19) * 4)),
        new("cbz/cbnz", 4, 0x7E000000, 0x34000000, (b, p) => Rel(p, Sext((b >> 5) & 0x7FFFF, 19) * 4)),
        new("tbz/tbnz", 4, 0x7E000000, 0x36000000, (b, p) => Rel(p, Sext((b >> 5) & 0x3FFF, 14) * 4)),
    ]);

    private static readonly BranchSet A32 = new(4, null, false,
    [
        new("b/bl", 4, 0x0E000000, 0x0A000000, (b, p) => Rel(p, 8 + ArmBranch24(b))),
        new("blx imm", 4, 0xFE000000, 0xFA000000, (b, p) => Rel(p, 8 + ArmBranch24(b) + (long)((b >> 23) & 2))),
    ]);

    private static readonly BranchSet T32 = new(2, null, true,
    [
        new("bl", 4, 0xF800D000, 0xF000D000, (b, p) => Rel(p, 4 + ThumbBranch24(b))),
        new("blx imm", 4, 0xF800D001, 0xF000C000, (b, p) => ((p + 4) & ~3UL) + (ulong)ThumbBranch24(b)),
        new("b.w", 4, 0xF800D000, 0xF0009000, (b, p) => Rel(p, 4 + ThumbBranch24(b))),
        new("b<c>.w", 4, 0xF800D000, 0xF0008000, (b, p) => Rel(p, 4 + ThumbBranch19(b))),
        new("b", 2, 0xF800, 0xE000, (b, p) => Rel(p, 4 + Sext(b & 0x7FF, 11) * 2)),
        new("b<c>", 2, 0xF000, 0xD000, (b, p) => Rel(p, 4 + Sext(b & 0xFF, 8) * 2)),
        new("cbz/cbnz", 2, 0xF500, 0xB100, (b, p) => Rel(p, 4 + (long)(((b >> 3) & 0x40) | ((b >> 2) & 0x3E)))),
    ]);

    private static readonly BranchSet Rv = new(2, false, false,
    [
        new("auipc+jalr", 8, 0x0000707F_0000007F, 0x00000067_00000017, RiscvAuipcJalr),
        new("jal", 4, 0x7F, 0x6F, (b, p) => Rel(p, RiscvJ(b))),
        new("b<c>", 4, 0x7F, 0x63, (b, p) => Rel(p, RiscvB(b))),
        new("c.j", 2, 0xE003, 0xA001, (b, p) => Rel(p, RiscvCj(b))),
        new("c.beqz/c.bnez", 2, 0xC003, 0xC001, (b, p) => Rel(p, RiscvCb(b))),
    ]);

    private static readonly BranchSet Ppc = new(4, null, false,
    [
        new("b/bl", 4, 0xFC000002, 0x48000000, (b, p) => Rel(p, Sext(b & 0x03FFFFFC, 26))),
        new("bc", 4, 0xFC000002, 0x40000000, (b, p) => Rel(p, Sext(b & 0xFFFC, 16))),
    ]);

    private static readonly BranchSet Z = new(2, true, false,
    [
        new("brasl/brcl", 6, 0xFF0E_0000_0000, 0xC004_0000_0000, (b, p) => Rel(p, 2L * (int)(uint)b)),
        new("bras/brc", 4, 0xFF0E0000, 0xA7040000, (b, p) => Rel(p, 2L * (short)(ushort)b)),
    ]);

    /// <summary>The direct branches of <paramref name="machine"/>'s code (for Arm, of A32 or T32 code), or null.</summary>
    public static BranchSet? Branches(ushort machine, bool thumb) => machine switch
    {
        X86_64 or I386 => X86,
        AArch64 => A64,
        Arm => thumb ? T32 : A32,
        RiscV => Rv,
        Ppc64 => Ppc,
        S390 => Z,
        _ => null,
    };

    /// <summary>True for a machine whose compiler may address the strings of a unit as one pool plus a constant
    /// that no relocation names: clang 16 and later on PowerPC (PPCMergeStringPool) load the pool's address with
    /// one TOC-relative pair and add each string's offset with <c>addi</c>.</summary>
    public static bool HasStringPools(ushort machine) => machine == Ppc64;

    /// <summary>R_PPC64_REL24 and R_PPC64_REL24_NOTOC: calls.</summary>
    public static bool IsPpcCall(uint type) => type is 10 or 116;

    /// <summary>ELFv2 st_other: how far the local entry point lies after the global one (ELF V2 ABI 3.4.1).</summary>
    public static ulong PpcLocalEntry(byte other)
    {
        int v = (other >> 5) & 7;
        return v <= 1 ? 0 : (ulong)((1 << v) >> 2) << 2;
    }
}
