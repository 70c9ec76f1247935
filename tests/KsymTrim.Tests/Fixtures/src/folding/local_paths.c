#include "folding.h"

void read_pair(struct pair *p);		/* defined by no member: what it writes is unknown */
void read_raw(unsigned long *raw);	/* the same */

/* The size is read after two paths meet: on one an external function filled the variable, on the other the size was
 * stored from what another external function wrote (and the variable, whose address escaped, may have been written
 * again since: the load stays). No path brings a known value, so only __kmalloc is called
 * (BitcodeModuleSet.LocalRule: every path back from the load, and the bytes each store writes). */
void *local_paths(int compat)
{
	struct pair p;

	read_pair(&p);
	if (compat) {
		unsigned long raw[2];

		read_raw(raw);
		p.size = raw[1];
		read_pair(0);
	} else {
		read_pair(&p);
	}
	return kmalloc(p.size, 1);
}
