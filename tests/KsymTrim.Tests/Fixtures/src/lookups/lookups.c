/* lookups.c - exports looked up by name (__symbol_get/__symbol_put), one
 * non-static function per case so that native code keeps them apart.
 * out/lookups/expected.tsv says what an analysis must report. */
#include "lookups.h"

/* the exports looked up (declared so that typeof(&x) works) */
extern int lk_get_a(int);
extern int lk_req_b(int);
extern void *lk_dvb_fe_attach(const void *config, void *i2c);
extern void lk_notrim_g(void);
/* unrelated externs */
extern int lk_sprintf(char *buf, const char *fmt, ...);
extern void lk_report(const char *what);
extern void lk_note(int n);

/* 1. symbol_get(): name lk_get_a */
int lk_case_symbol_get(int x)
{
	int (*f)(int) = symbol_get(lk_get_a);

	return f ? f(x) : -1;
}

/* 2. symbol_request() then symbol_put(): name lk_req_b ("symbol:lk_req_b" goes to __request_module) */
int lk_case_request_put(int x)
{
	int (*f)(int) = symbol_request(lk_req_b);
	int r = -1;

	if (f) {
		r = f(x);
		symbol_put(lk_req_b);
	}
	return r;
}

/* 3a. a dvb_attach-like helper: the name is an argument of a module-internal
 * function, and each direct call passes a constant: lk_helper_c1, lk_helper_c2 */
static noinline void *lk_attach(const char *name)
{
	void *p = __symbol_get(name);

	if (!p) {
		__request_module(true, "symbol:%s", name);
		p = __symbol_get(name);
	}
	return p;
}

void *lk_case_helper_c1(void)
{
	return lk_attach("lk_helper_c1");
}

int lk_case_helper_c2(int x)
{
	int (*f)(int) = lk_attach("lk_helper_c2");

	return f ? f(x) + 1 : 0;
}

/* 3b. the real dvb_attach(): name lk_dvb_fe_attach */
void *lk_case_dvb_attach(const void *config, void *i2c)
{
	return dvb_attach(lk_dvb_fe_attach, config, i2c);
}

/* 4. a direct __symbol_get("..."): name lk_direct_d */
void *lk_case_direct(void)
{
	return __symbol_get("lk_direct_d");
}

/* 5a. a select of two constants: lk_sel_e1, lk_sel_e2 */
void *lk_case_select(int flag)
{
	return __symbol_get(flag ? "lk_sel_e1" : "lk_sel_e2");
}

/* 5b. a phi of two constants (the call in the branch keeps it from becoming a select) */
void *lk_case_phi(int n)
{
	const char *name = "lk_phi_f1";

	if (n > 3) {
		lk_note(n);
		name = "lk_phi_f2";
	}
	return __symbol_get(name);
}

/* 6. a name computed at run time: a warning for lk_case_computed, no name
 * (the format string "lk_cmdset_%04x" is not a name) */
void *lk_case_computed(unsigned int id)
{
	char buf[32];

	lk_sprintf(buf, "lk_cmdset_%04x", id);
	return __symbol_get(buf);
}

/* 7. .no_trim_symbol: the 6.14 symbol_get() (a section entry and a call) for
 * lk_notrim_g, and a section entry with no call at all for lk_notrim_only_h */
void *lk_case_notrim(void)
{
	void (*f)(void) = symbol_get_614(lk_notrim_g);

	if (f)
		f();
	return f;
}

static const char lk_notrim_only[] __used __section(".no_trim_symbol") = "lk_notrim_only_h";

/* 8. a decoy: an identifier-like string passed to an extern that is no lookup
 * function, from a function that calls no lookup function and no helper */
void lk_case_decoy(void)
{
	lk_report("lk_decoy_not_a_lookup");
}
