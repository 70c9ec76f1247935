; Names as LLVM's Mangler and llvm-nm give them on x86-64 ELF: vectorcall's @@N suffix, dllimport's __imp_,
; unnamed values numbered __unnamed_N (functions first, then variables, then aliases), \01 verbatim.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.S = type { i32, i8 }
%struct.P = type <{ i8, i32 }>

@0 = global i32 1
@1 = internal global i32 2
@2 = private global i32 3
@imported_var = external dllimport global i32
@exported_var = dllexport global i32 4
@alias_vc = alias void (float), ptr @vc_float
@3 = alias i32, ptr @0

define x86_vectorcallcc void @vc_void() { ret void }
define x86_vectorcallcc void @vc_float(float %a) { ret void }
define x86_vectorcallcc void @vc_mixed(double %a, i32 %b, <4 x float> %c, ptr %d) { ret void }
define x86_vectorcallcc void @vc_sret(ptr sret(%struct.S) %r, i64 %a) { ret void }
define x86_vectorcallcc void @vc_byval(ptr byval(%struct.S) %s, ptr byval(%struct.P) %p) { ret void }
define x86_vectorcallcc void @vc_fp80(x86_fp80 %x, i128 %y, [3 x i16] %z) { ret void }
define x86_vectorcallcc void @vc_vararg(i32 %a, ...) { ret void }
define x86_vectorcallcc void @vc_vararg0(...) { ret void }
declare x86_vectorcallcc void @vc_declared(<8 x float>, <2 x i64>)
define x86_vectorcallcc void @"\01vc_verbatim"(i32 %a) { ret void }
define x86_stdcallcc void @std_fn(i32 %a) { ret void }
define x86_fastcallcc void @fast_fn(i32 %a) { ret void }
declare dllimport void @imported_fn()
declare dllimport x86_vectorcallcc void @imported_vc(i32)
define void @4() { ret void }
define internal void @5() { ret void }
define private void @6() { ret void }
declare void @7()

define void @user() {
  call x86_vectorcallcc void @vc_declared(<8 x float> zeroinitializer, <2 x i64> zeroinitializer)
  call void @imported_fn()
  call void @7()
  call x86_vectorcallcc void @imported_vc(i32 1)
  %v = load i32, ptr @imported_var
  ret void
}
