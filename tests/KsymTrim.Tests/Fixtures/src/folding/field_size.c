#include "folding.h"

/* make_pair() (field_lib.c) stores a literal in the tag and n in the size; n, an argument no call passes a constant,
 * is all that the size can hold: kmalloc's constant branch folds away once make_pair and alloc_by_size are inlined,
 * whether the size is loaded here or by the function the pair is given (BitcodeModuleSet.SummarizeReturnContents:
 * the literal is in other bytes of the object, ReturnContents.Fields). */
void *field_size(unsigned long n)
{
	return kmalloc(make_pair(n)->size, 1);
}

void *field_size_given(unsigned long n)
{
	return alloc_by_size(make_pair(n));
}
