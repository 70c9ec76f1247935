#include "folding.h"

/* Built with the library's builtins (-fhosted -fbuiltin, as the kernel is): LLVM knows strcpy and marks its source
 * nocapture readonly, the function argmemonly. */
char *strcpy(char *dst, const char *src);
void keep_addr(unsigned long *p);	/* defined by no member: may keep the address */
void note_tag(int tag);			/* readonly_lib.c: writes its own global */

/* Where folding would be wrong: n's address escapes (keep_addr), so before the link note_tag, defined elsewhere, may
 * write n and the store of 10000 is not forwarded. Inlined, note_tag writes only its global, strcpy only reads n,
 * and the backend forwards 10000 past both: kmalloc_large. An opaque call that only reads through a parameter does
 * not end LocalRule's path (GlobalTraits.ReadsThroughSome); before, the load was taken for what strcpy wrote. */
void *readonly_copy(void)
{
	unsigned long n;
	char buf[16];
	void *p;

	keep_addr(&n);
	n = 10000;
	note_tag(1);
	strcpy(buf, (const char *)&n);
	p = kmalloc(n, 1);
	copy_raw(buf, sizeof(buf));
	return p;
}
