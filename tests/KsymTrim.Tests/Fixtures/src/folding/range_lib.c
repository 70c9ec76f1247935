#include "folding.h"

long range_import_b(void);

/* Names range_import_b: the backend imports it here (small), so range_import.c's fill() is promoted. */
long range_lib_use(void)
{
	return range_import_b() + 1;
}
