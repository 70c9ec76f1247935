/* vendor/misc/empty_stub.ko (unsigned): no undefined symbol at all, so no
 * "# required by empty_stub.ko" section */
#include "kmi.h"

static int counter;

static int empty_stub_init(void) { return counter++; }
int init_module(void) __attribute__((alias("empty_stub_init")));
KMI_MODULE(empty_stub);
