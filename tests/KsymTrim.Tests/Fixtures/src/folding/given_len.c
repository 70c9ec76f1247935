#include "folding.h"

/* lockd's nlmclnt_lookup_host pattern: a local variable, cleared, its fields set, one from a function no member
 * defines, is given to a function another member defines that allocates by that field. The last write of the
 * size's bytes before the call is read_count()'s unknown value, on every path (note_pair, a call that is not given
 * the variable, cannot write it: its address is never captured), so kmalloc's constant branch folds away once
 * alloc_pair is inlined (BitcodeModuleSet.LocalContents). */
void *given_len(int tag)
{
	struct pair p = { 0 };

	p.tag = tag;
	p.size = read_count();
	note_pair(tag);
	return alloc_pair(&p);
}
