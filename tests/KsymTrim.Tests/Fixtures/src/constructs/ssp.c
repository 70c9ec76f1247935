/* ssp.c - which functions the stack protector instruments. Built with
 * -fstack-protector (ssp: char arrays of at least 8 bytes, variable-size
 * allocas), -fstack-protector-strong (sspstrong: any array, any
 * address-taken local) and -fstack-protector-all (sspreq: every function),
 * and with each guard flavour a target offers (see build.sh). A protected
 * function calls __stack_chk_fail; a global guard is __stack_chk_guard (or
 * the -mstack-protector-guard-symbol name), a TLS / system-register guard
 * is no symbol at all. */
extern void take(void *p);
extern void take_int(int *p);
extern int ext(int x);

/* only scalars: protected only by -fstack-protector-all */
int scalars(int a, int b)
{
	int x = ext(a) * b;
	return ext(x) + a;
}

/* a char array below ssp-buffer-size (8): strong, not plain ssp */
int small_char_array(int i)
{
	char b[4];
	take(b);
	return b[i & 3];
}

/* a char array of 16: every level */
int char_array(int i)
{
	char b[16];
	take(b);
	return b[i & 15];
}

/* an int array: strong (plain ssp only protects char arrays) */
int int_array(int i)
{
	int a[8];
	take_int(a);
	return a[i & 7];
}

/* an address-taken scalar passed to an external function: strong */
int addr_taken(void)
{
	int x;
	take_int(&x);
	return x;
}

/* a struct containing a char array */
struct with_array { int n; char name[16]; };
int struct_array(void)
{
	struct with_array s;
	take(&s);
	return s.name[3];
}

/* a variable-length array (dynamic alloca) */
int vla(int n)
{
	char v[n];
	take(v);
	return v[0];
}

/* opted out: nossp, even with -fstack-protector-all */
__attribute__((no_stack_protector)) int opted_out(int i)
{
	char b[64];
	take(b);
	return b[i & 63];
}

/* a leaf without locals */
int leaf(int a)
{
	return a * 7;
}
