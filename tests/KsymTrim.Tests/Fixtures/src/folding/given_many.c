#include "folding.h"

/* Where folding would be wrong: seventeen fields set from read_count(), more than KnownBytes keeps ranges of, and
 * seventeen literals; alloc_many (given_lib.c) reads the first literal: kmalloc_large. Past the ranges, nothing may be
 * claimed unknown (a union of more is every byte). */
void *given_many(void)
{
	struct many m;

	m.u0 = read_count();
	m.l0 = 10000;
	m.u1 = read_count();
	m.l1 = 10001;
	m.u2 = read_count();
	m.l2 = 10002;
	m.u3 = read_count();
	m.l3 = 10003;
	m.u4 = read_count();
	m.l4 = 10004;
	m.u5 = read_count();
	m.l5 = 10005;
	m.u6 = read_count();
	m.l6 = 10006;
	m.u7 = read_count();
	m.l7 = 10007;
	m.u8 = read_count();
	m.l8 = 10008;
	m.u9 = read_count();
	m.l9 = 10009;
	m.u10 = read_count();
	m.l10 = 10010;
	m.u11 = read_count();
	m.l11 = 10011;
	m.u12 = read_count();
	m.l12 = 10012;
	m.u13 = read_count();
	m.l13 = 10013;
	m.u14 = read_count();
	m.l14 = 10014;
	m.u15 = read_count();
	m.l15 = 10015;
	m.u16 = read_count();
	m.l16 = 10016;
	return alloc_many(&m);
}
