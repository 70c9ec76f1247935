source_filename = "src/folding/local_field.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local ptr @local_field() local_unnamed_addr #0 {
  %1 = alloca %struct.pair, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #4
  call void @init_pair(ptr noundef nonnull %1) #5
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %3 = load i64, ptr %2, align 8, !tbaa !7
  %4 = call i1 @llvm.is.constant.i64(i64 %3)
  %5 = icmp ne i64 %3, 0
  %6 = and i1 %4, %5
  br i1 %6, label %7, label %13

7:                                                ; preds = %0
  %8 = icmp ugt i64 %3, 8192
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = call ptr @kmalloc_large(i64 noundef %3, i32 noundef 1) #5
  br label %15

11:                                               ; preds = %7
  %12 = call ptr @kmalloc_small(i64 noundef %3, i32 noundef 1) #5
  br label %15

13:                                               ; preds = %0
  %14 = call ptr @__kmalloc(i64 noundef %3, i32 noundef 1) #5
  br label %15

15:                                               ; preds = %13, %11, %9
  %16 = phi ptr [ %10, %9 ], [ %12, %11 ], [ %14, %13 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #4
  ret ptr %16
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local void @init_pair(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #3

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !9, i64 8}
!8 = !{!"pair", !4, i64 0, !9, i64 8}
!9 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/local_field.o", hash: (2937010265, 1677504342, 1008516328, 198037705, 3124649345))
^1 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^2 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^3 = gv: (name: "init_pair") ; guid = 6298222958248292992
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^7 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^8 = gv: (name: "local_field", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 20, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3), (callee: ^4), (callee: ^2), (callee: ^5))))) ; guid = 16337843480400700893
^9 = blockcount: 0
