#include "folding.h"

/* The shapes ValueBounds reads, one per function: each passes the value asked about to sink(), and
 * ValueBoundsTests reads its bounds at that call. The count comes from limit_count (bound_lib.c), any int. */
void sink(long v);

void shape_mask(void)		/* a mask: 0..4080 */
{
	sink(limit_count & 0xff0);
}

void shape_urem(void)		/* a remainder: 0..99 */
{
	sink((unsigned int)limit_count % 100u);
}

void shape_udiv(void)		/* a masked value divided: 0..4095 */
{
	sink(((unsigned int)limit_count & 0xffff) / 16u);
}

void shape_signed(void)		/* checked both ways, signed: -5..10 */
{
	int n = limit_count;

	if (n < -5 || n > 10)
		return;
	sink(n);
}

void shape_range(void)		/* checked both ways, unsigned: InstCombine's n - 10 <u 21, so 10..30 */
{
	unsigned int n = limit_count;

	if (n < 10 || n > 30)
		return;
	sink(n);
}

void shape_min(void)		/* the smaller of a masked value and a count (umin, or its select form): 0..63 */
{
	unsigned int n = limit_count & 63, m = (unsigned int)read_count();

	sink(n < m ? n : m);
}

void shape_wrap(void)		/* a product that may wrap: any int */
{
	int n = limit_count & 0xffff;

	sink(n * 65536);
}
