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

/// <summary>How a direct branch encodes its target (<see cref="NativeLookupTargets.Target"/>).</summary>
internal enum BranchKind : byte
{
    /// <summary>x86 E8/E9: rel32 after one opcode byte, from the end of the 5-byte instruction.</summary>
    X86Rel32,
    /// <summary>x86 0F 8x: rel32 after two opcode bytes, from the end of the 6-byte instruction.</summary>
    X86Jcc32,
    /// <summary>x86 EB/7x: rel8 after one opcode byte, from the end of the 2-byte instruction.</summary>
    X86Rel8,
    /// <summary>A64 B/BL: imm26 words.</summary>
    A64Imm26,
    /// <summary>A64 B.cond, CBZ/CBNZ: imm19 words at bit 5.</summary>
    A64Imm19,
    /// <summary>A64 TBZ/TBNZ: imm14 words at bit 5.</summary>
    A64Imm14,
    /// <summary>A32 B/BL: imm24 words from PC + 8.</summary>
    A32Branch,
    /// <summary>A32 BLX (immediate): imm24 words plus H halfword, from PC + 8.</summary>
    A32Blx,
    /// <summary>T32 BL/B.W (encoding T4), from PC + 4.</summary>
    T32Branch24,
    /// <summary>T32 BLX (immediate), from Align(PC + 4, 4).</summary>
    T32Blx,
    /// <summary>T32 B&lt;cond&gt;.W (encoding T3), from PC + 4.</summary>
    T32Branch19,
    /// <summary>T16 B: imm11 halfwords from PC + 4.</summary>
    T16Branch11,
    /// <summary>T16 B&lt;cond&gt;: imm8 halfwords from PC + 4.</summary>
    T16Branch8,
    /// <summary>T16 CBZ/CBNZ: i:imm5 halfwords forward from PC + 4.</summary>
    T16Cbz,
    /// <summary>RISC-V auipc rd + jalr rs1=rd (the low word, then the high word).</summary>
    RvAuipcJalr,
    /// <summary>RISC-V JAL (J-type).</summary>
    RvJal,
    /// <summary>RISC-V branches (B-type).</summary>
    RvBranch,
    /// <summary>RISC-V C.J (CJ-type).</summary>
    RvCj,
    /// <summary>RISC-V C.BEQZ/C.BNEZ (CB-type).</summary>
    RvCb,
    /// <summary>Power I-form b/bl (AA = 0): LI, signed 26 bits.</summary>
    PpcI,
    /// <summary>Power B-form bc (AA = 0): BD, signed 16 bits.</summary>
    PpcB,
    /// <summary>z/Architecture RIL-b/c (BRASL, BRCL): halfwords, signed 32 bits.</summary>
    ZRil,
    /// <summary>z/Architecture RI-b/c (BRAS, BRC): halfwords, signed 16 bits.</summary>
    ZRi,
}

/// <summary>A direct branch encoding: <see cref="Size"/> bytes at a position p, read as one unsigned number in the
/// instruction set's order, are this branch when <c>(bits &amp; Mask) == Match</c>; its target is
/// <see cref="NativeLookupTargets.Target"/>(<see cref="Kind"/>, bits, p), or null when the bits are not a branch
/// after all. <see cref="Reach"/> bounds the distance from p to the target.</summary>
internal sealed record BranchForm(string Name, int Size, ulong Mask, ulong Match, BranchKind Kind, ulong Reach);

/// <summary>How an instruction set's code is scanned for direct branches.</summary>
/// <param name="Step">Instructions start at multiples of this from a function's start (x86: every byte).</param>
/// <param name="BigEndian">How instruction bytes compose <see cref="BranchForm"/> bits: true, the first byte is the
/// most significant; false, the least; null, as the file's byte order. Thumb: each halfword so, the first halfword
/// in the high bits.</param>
/// <param name="Halfwords">Thumb: 32-bit forms are two halfwords, each in the file's order.</param>
/// <param name="Forms">The branch encodings.</param>
internal sealed record BranchSet(int Step, bool? BigEndian, bool Halfwords, BranchForm[] Forms)
{
    /// <summary>Forms that reach at most this far are looked for only near the entries of interest (x86's 2-byte
    /// jumps, Thumb's 16-bit branches...); the others in the whole section.</summary>
    public const ulong NearReach = 4096;

    private BranchForm[][]? _far;
    private byte[]? _farFirst;

    /// <summary>Per first byte, the far-reaching forms it can start (every far form where the first byte depends on
    /// the file's byte order): x86 tests one form at a few percent of its bytes.</summary>
    public BranchForm[][] FarByFirstByte => _far ??= ByFirstByte(BigEndian, Halfwords, Near(false));

    /// <summary>The first bytes that can start a far form, when there are at most three and they do not depend on the
    /// file's byte order (x86: E8, E9, 0F), for a vectorized search; else null.</summary>
    public byte[]? FarFirstBytes => Step == 1 && BigEndian is not null && !Halfwords ? _farFirst ??= FirstBytesOf(FarByFirstByte) : null;

    private static byte[] FirstBytesOf(BranchForm[][] byFirst)
    {
        var bytes = new List<byte>();
        for (int b = 0; b < 256; b++)
            if (byFirst[b].Length > 0) bytes.Add((byte)b);
        return bytes.Count <= 3 ? [.. bytes] : [];
    }

    /// <summary>The forms that reach at most <see cref="NearReach"/>.</summary>
    public BranchForm[] NearForms { get; } = Near(Forms, true);

    /// <summary>How far before an entry a near form that targets it can start.</summary>
    public ulong NearWindow { get; } = Window(Forms);

    private BranchForm[] Near(bool near) => Near(Forms, near);

    private static BranchForm[] Near(BranchForm[] forms, bool near)
    {
        var list = new List<BranchForm>();
        foreach (var f in forms)
            if ((f.Reach <= NearReach) == near) list.Add(f);
        return [.. list];
    }

    private static ulong Window(BranchForm[] forms)
    {
        ulong window = 0;
        foreach (var f in forms)
            if (f.Reach <= NearReach) window = Math.Max(window, f.Reach + (ulong)f.Size);
        return window;
    }

    private static BranchForm[][] ByFirstByte(bool? bigEndian, bool halfwords, BranchForm[] forms)
    {
        var result = new BranchForm[256][];
        for (int b = 0; b < 256; b++)
        {
            var list = new List<BranchForm>();
            foreach (var f in forms)
            {
                int shift = bigEndian is true ? 8 * (f.Size - 1) : 0;
                ulong mask = (f.Mask >> shift) & 0xFF, match = (f.Match >> shift) & 0xFF;
                if (bigEndian is null || halfwords || ((ulong)b & mask) == match) list.Add(f);
            }
            result[b] = [.. list];
        }
        return result;
    }

}

internal static class NativeLookupTargets
{
    /// <summary>A reach no section exceeds (the form is looked for everywhere).</summary>
    private const ulong Far = ulong.MaxValue;

    // e_machine values and relocation types (glibc elf.h).
    private const ushort X86_64 = ElfMachine.X86_64, I386 = ElfMachine.I386, Arm = ElfMachine.Arm,
        AArch64 = ElfMachine.AArch64, RiscV = ElfMachine.RiscV, Ppc64 = ElfMachine.PowerPC64, S390 = ElfMachine.S390;

    /// <summary>Rules by (machine, type). A type that is absent has its addend in the entry and no bias: every
    /// RELA type whose value is S + A or S + A - P with P the field's own address (AArch64, RISC-V, PowerPC).</summary>
    private static readonly RuleRow[] s_rules =
    [
        // x86-64: PC-relative fields are the instruction's last 4 bytes; the assembler writes target - 4.
        new(X86_64, 2, AddendForm.Entry, 4),   // R_X86_64_PC32 (lea sym(%rip); jcc/jmp to another section)
        new(X86_64, 4, AddendForm.Entry, 4),   // R_X86_64_PLT32 (call, jmp)
        new(X86_64, 9, AddendForm.Entry, 4),   // R_X86_64_GOTPCREL
        new(X86_64, 41, AddendForm.Entry, 4),  // R_X86_64_GOTPCRELX
        new(X86_64, 42, AddendForm.Entry, 4),  // R_X86_64_REX_GOTPCRELX
        // i386 (REL): the addend is the 32-bit field; PC-relative ones hold target - 4 (e8 fc ff ff ff).
        new(I386, 1, AddendForm.Word32, 0),    // R_386_32
        new(I386, 2, AddendForm.Word32, 4),    // R_386_PC32
        new(I386, 4, AddendForm.Word32, 4),    // R_386_PLT32
        new(I386, 9, AddendForm.Word32, 0),    // R_386_GOTOFF
        // Arm (REL). A32 branches read the PC 8 bytes ahead, T32 4 bytes: the field holds target - 8 / - 4.
        new(Arm, 1, AddendForm.ArmBranch24, 8),   // R_ARM_PC24
        new(Arm, 2, AddendForm.Word32, 0),        // R_ARM_ABS32 (literal pools)
        new(Arm, 10, AddendForm.ThumbBranch24, 4), // R_ARM_THM_CALL
        new(Arm, 28, AddendForm.ArmBranch24, 8),  // R_ARM_CALL
        new(Arm, 29, AddendForm.ArmBranch24, 8),  // R_ARM_JUMP24
        new(Arm, 30, AddendForm.ThumbBranch24, 4), // R_ARM_THM_JUMP24
        new(Arm, 38, AddendForm.Word32, 0),       // R_ARM_TARGET1
        new(Arm, 43, AddendForm.ArmMovw, 0),      // R_ARM_MOVW_ABS_NC
        new(Arm, 44, AddendForm.ArmMovw, 0),      // R_ARM_MOVT_ABS (the addend is the same signed 16 bits)
        new(Arm, 47, AddendForm.ThumbMovw, 0),    // R_ARM_THM_MOVW_ABS_NC
        new(Arm, 48, AddendForm.ThumbMovw, 0),    // R_ARM_THM_MOVT_ABS
        new(Arm, 51, AddendForm.ThumbBranch19, 4), // R_ARM_THM_JUMP19
        // s390x: PC-relative "DBL" fields start 2 bytes into the instruction (larl, brasl, brc, jg).
        new(S390, 17, AddendForm.Entry, -2),   // R_390_PC16DBL
        new(S390, 18, AddendForm.Entry, -2),   // R_390_PLT16DBL
        new(S390, 19, AddendForm.Entry, -2),   // R_390_PC32DBL
        new(S390, 20, AddendForm.Entry, -2),   // R_390_PLT32DBL
        new(S390, 21, AddendForm.Entry, -2),   // R_390_GOTPCDBL
        new(S390, 26, AddendForm.Entry, -2),   // R_390_GOTENT
    ];

    /// <summary>R_PPC64_ADDR64: the entries of .opd (ELFv1 function descriptors) and .toc.</summary>
    public const uint PpcAddr64 = 38;

    /// <summary>The rules of <paramref name="machine"/> indexed by type (types past the end have none): one array
    /// load per relocation.</summary>
    public static RelocationRule[] Rules(ushort machine)
    {
        uint max = 0;
        bool any = false;
        foreach (var row in s_rules)
            if (row.Machine == machine) { max = Math.Max(max, row.Type); any = true; }
        if (!any) return [];
        var rules = new RelocationRule[max + 1];
        foreach (var row in s_rules)
            if (row.Machine == machine) rules[row.Type] = new RelocationRule(row.Addend, row.Bias);
        return rules;
    }

    private readonly record struct RuleRow(ushort Machine, uint Type, AddendForm Addend, long Bias);

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

    private static ulong Rel(ulong p, long displacement) => p + (ulong)displacement;

    /// <summary>The target of the branch <paramref name="bits"/> of kind <paramref name="kind"/> at offset
    /// <paramref name="p"/>, or null when the bits turn out not to be that branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ulong? Target(BranchKind kind, ulong bits, ulong p) => kind switch
    {
        BranchKind.X86Rel32 => Rel(p, 5 + (int)(uint)(bits >> 8)),
        BranchKind.X86Jcc32 => Rel(p, 6 + (int)(uint)(bits >> 16)),
        BranchKind.X86Rel8 => Rel(p, 2 + (sbyte)(bits >> 8)),
        BranchKind.A64Imm26 => Rel(p, Sext(bits & 0x3FFFFFF, 26) * 4),
        BranchKind.A64Imm19 => Rel(p, Sext((bits >> 5) & 0x7FFFF, 19) * 4),
        BranchKind.A64Imm14 => Rel(p, Sext((bits >> 5) & 0x3FFF, 14) * 4),
        BranchKind.A32Branch => Rel(p, 8 + ArmBranch24(bits)),
        BranchKind.A32Blx => Rel(p, 8 + ArmBranch24(bits) + (long)((bits >> 23) & 2)),
        BranchKind.T32Branch24 => Rel(p, 4 + ThumbBranch24(bits)),
        BranchKind.T32Blx => ((p + 4) & ~3UL) + (ulong)ThumbBranch24(bits),
        BranchKind.T32Branch19 => Rel(p, 4 + ThumbBranch19(bits)),
        BranchKind.T16Branch11 => Rel(p, 4 + Sext(bits & 0x7FF, 11) * 2),
        BranchKind.T16Branch8 => Rel(p, 4 + Sext(bits & 0xFF, 8) * 2),
        BranchKind.T16Cbz => Rel(p, 4 + (long)(((bits >> 3) & 0x40) | ((bits >> 2) & 0x3E))),
        BranchKind.RvAuipcJalr => RiscvAuipcJalr(bits, p),
        BranchKind.RvJal => Rel(p, RiscvJ(bits)),
        BranchKind.RvBranch => Rel(p, RiscvB(bits)),
        BranchKind.RvCj => Rel(p, RiscvCj(bits)),
        BranchKind.RvCb => Rel(p, RiscvCb(bits)),
        BranchKind.PpcI => Rel(p, Sext(bits & 0x03FFFFFC, 26)),
        BranchKind.PpcB => Rel(p, Sext(bits & 0xFFFC, 16)),
        BranchKind.ZRil => Rel(p, 2L * (int)(uint)bits),
        BranchKind.ZRi => Rel(p, 2L * (short)(ushort)bits),
        _ => null,
    };

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

    // Each set in its own class: a run builds only the sets of the machines it meets.
    private static class X86Set
    {
        public static readonly BranchSet Set = new(1, false, false,
        [
            new("call rel32", 5, 0xFF, 0xE8, BranchKind.X86Rel32, Far),
            new("jmp rel32", 5, 0xFF, 0xE9, BranchKind.X86Rel32, Far),
            new("jcc rel32", 6, 0xF0FF, 0x800F, BranchKind.X86Jcc32, Far),
            new("jmp rel8", 2, 0xFF, 0xEB, BranchKind.X86Rel8, 2 + 128),
            new("jcc rel8", 2, 0xF0, 0x70, BranchKind.X86Rel8, 2 + 128),
        ]);
    }

    private static class A64Set
    {
        public static readonly BranchSet Set = new(4, false, false,
        [
            new("b/bl", 4, 0x7C000000, 0x14000000, BranchKind.A64Imm26, Far),
            new("b.cond", 4, 0xFF000010, 0x54000000, BranchKind.A64Imm19, 1 << 20),
            new("cbz/cbnz", 4, 0x7E000000, 0x34000000, BranchKind.A64Imm19, 1 << 20),
            new("tbz/tbnz", 4, 0x7E000000, 0x36000000, BranchKind.A64Imm14, 1 << 15),
        ]);
    }

    private static class A32Set
    {
        public static readonly BranchSet Set = new(4, null, false,
        [
            new("b/bl", 4, 0x0E000000, 0x0A000000, BranchKind.A32Branch, Far),
            new("blx imm", 4, 0xFE000000, 0xFA000000, BranchKind.A32Blx, Far),
        ]);
    }

    private static class T32Set
    {
        public static readonly BranchSet Set = new(2, null, true,
        [
            new("bl", 4, 0xF800D000, 0xF000D000, BranchKind.T32Branch24, Far),
            new("blx imm", 4, 0xF800D001, 0xF000C000, BranchKind.T32Blx, Far),
            new("b.w", 4, 0xF800D000, 0xF0009000, BranchKind.T32Branch24, Far),
            new("b<c>.w", 4, 0xF800D000, 0xF0008000, BranchKind.T32Branch19, 1 << 20),
            new("b", 2, 0xF800, 0xE000, BranchKind.T16Branch11, 4 + 2048),
            new("b<c>", 2, 0xF000, 0xD000, BranchKind.T16Branch8, 4 + 256),
            new("cbz/cbnz", 2, 0xF500, 0xB100, BranchKind.T16Cbz, 4 + 126),
        ]);
    }

    private static class RvSet
    {
        public static readonly BranchSet Set = new(2, false, false,
        [
            new("auipc+jalr", 8, 0x0000707F_0000007F, 0x00000067_00000017, BranchKind.RvAuipcJalr, Far),
            new("jal", 4, 0x7F, 0x6F, BranchKind.RvJal, 1 << 20),
            new("b<c>", 4, 0x7F, 0x63, BranchKind.RvBranch, 4096),
            new("c.j", 2, 0xE003, 0xA001, BranchKind.RvCj, 2048),
            new("c.beqz/c.bnez", 2, 0xC003, 0xC001, BranchKind.RvCb, 256),
        ]);
    }

    private static class PpcSet
    {
        public static readonly BranchSet Set = new(4, null, false,
        [
            new("b/bl", 4, 0xFC000002, 0x48000000, BranchKind.PpcI, Far),
            new("bc", 4, 0xFC000002, 0x40000000, BranchKind.PpcB, 1 << 15),
        ]);
    }

    private static class ZSet
    {
        public static readonly BranchSet Set = new(2, true, false,
        [
            new("brasl/brcl", 6, 0xFF0E_0000_0000, 0xC004_0000_0000, BranchKind.ZRil, Far),
            new("bras/brc", 4, 0xFF0E0000, 0xA7040000, BranchKind.ZRi, 1 << 16),
        ]);
    }

    /// <summary>The direct branches of <paramref name="machine"/>'s code (for Arm, of A32 or T32 code), or null.</summary>
    public static BranchSet? Branches(ushort machine, bool thumb) => machine switch
    {
        X86_64 or I386 => X86Set.Set,
        AArch64 => A64Set.Set,
        Arm => thumb ? T32Set.Set : A32Set.Set,
        RiscV => RvSet.Set,
        Ppc64 => PpcSet.Set,
        S390 => ZSet.Set,
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
