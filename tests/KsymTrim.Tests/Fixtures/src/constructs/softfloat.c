/* softfloat.c - a few float ops compiled with -msoft-float: the backend
 * emits __addsf3/__muldf3/__fixdfsi... (x86, i386) or __aeabi_* (arm). */
float fadd(float a, float b) { return a + b; }
double dmul(double a, double b) { return a * b; }
double ddiv(double a, double b) { return a / b; }
int d2i(double d) { return (int)d; }
double l2d(long long x) { return (double)x; }
int fcmp(float a, float b) { return a < b; }
