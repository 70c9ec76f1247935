// delta: a native (non-LTO) module, already linked to delta.ko: mixed builds read it as ELF.
extern int register_filesystem(void *fs);
extern void *delta_fs;

int delta_init(void)
{
	return register_filesystem(delta_fs);
}
