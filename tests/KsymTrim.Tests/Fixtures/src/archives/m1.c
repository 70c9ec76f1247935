/* m1: defines shared_fn (called by m2) and a datum */
int m1_counter = 1;

int shared_fn(int x)
{
	return x + m1_counter;
}
