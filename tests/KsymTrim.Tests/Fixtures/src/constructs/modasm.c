/* modasm.c - module-level (top-level) asm: MODULE_CODE_ASM. Unlike
 * function-level inline asm, the IR symbol table parses it, so llvm-nm
 * lists asm_defined (T) and asm_referenced (U). */
asm(".globl asm_defined\nasm_defined: ret\n.long asm_referenced\n");
asm(".weak asm_weak_defined\nasm_weak_defined: ret\n");

extern void asm_defined(void);

void c_calls_asm(void)
{
	asm_defined();
}
