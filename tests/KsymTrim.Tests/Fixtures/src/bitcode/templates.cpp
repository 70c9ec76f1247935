// C++ gives linkonce_odr (inline functions, template instances) and weak_odr (explicit instantiation).
extern "C" int printk(const char *fmt, ...);
template <typename T> T twice(T v) { return v + v; }
template int twice<int>(int);                 // weak_odr: W
inline int inline_cpp(int x) { return x * 3; } // linkonce_odr when used: W
extern "C" int cpp_entry(int x) { printk("x"); return twice<long>(x) + inline_cpp(x); }
