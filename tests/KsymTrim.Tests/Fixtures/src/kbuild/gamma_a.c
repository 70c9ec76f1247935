// gamma: a two-object module given only by its .mod member list (no gamma.o yet: kbuild 5.19+ links it
// with `ld -r @gamma.mod` later).
extern int gamma_b(int);
extern void msleep(unsigned int ms);

int gamma_a(int x)
{
	msleep(10);
	return gamma_b(x) + 1;
}
