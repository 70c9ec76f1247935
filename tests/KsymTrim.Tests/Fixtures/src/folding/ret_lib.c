#include "folding.h"

/* Defined here, called by the ret_ cases: small, so the backend imports and inlines them there. */
unsigned long size_of(void)
{
	return read_count() * 2;
}

unsigned long size_or_big(int big)
{
	if (big)
		return 20000;
	return read_count();
}

/* Returns an object it sets the size of: what a caller loads from it is 10000 once this is inlined there. */
struct cfg *make_cfg(void)
{
	struct cfg *c = new_cfg();

	c->size = 10000;
	return c;
}

/* Returns a pointer read from the table it is given: what it points to is known only if the table's contents are. */
struct cfg *find_cfg(struct cfg **table, int i)
{
	return table[i & 7];
}

/* Returns the pointer it is given. */
struct cfg *pick_cfg(struct cfg *c)
{
	return c;
}

/* Returns what an external function returns, and sets the size of another object, the one it is given: no load
 * through what it returns can read that store, whose object is another. */
struct cfg *swap_cfg(struct cfg *hint)
{
	struct cfg *c = new_cfg();

	hint->size = 10000;
	return c;
}
