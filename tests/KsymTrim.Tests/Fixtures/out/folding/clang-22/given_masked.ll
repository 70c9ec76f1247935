source_filename = "src/folding/given_masked.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@seen_tag = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: noredzone nounwind
define dso_local ptr @given_masked(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store i32 %0, ptr %2, align 8, !tbaa !7
  %3 = tail call i64 @get_align() #5
  %4 = sub i64 0, %3
  %5 = call align 8 ptr @llvm.ptrmask.p0.i64(ptr nonnull %2, i64 %4)
  %6 = load i32, ptr %5, align 8, !tbaa !7
  store i32 %6, ptr @seen_tag, align 4, !tbaa !3
  %7 = tail call i64 @read_count() #5
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store i64 %7, ptr %8, align 8, !tbaa !10
  %9 = tail call i32 @get_flag() #5
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %13, label %11

11:                                               ; preds = %1
  %12 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store i64 10000, ptr %12, align 8, !tbaa !10
  br label %13

13:                                               ; preds = %11, %1
  %14 = call ptr @alloc_pair(ptr noundef nonnull %2) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret ptr %14
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local i64 @get_align() local_unnamed_addr #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #3

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i32 @get_flag() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @alloc_pair(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!7 = !{!8, !4, i64 0}
!8 = !{!"pair", !4, i64 0, !9, i64 8}
!9 = !{!"long", !5, i64 0}
!10 = !{!8, !9, i64 8}

^0 = module: (path: "out/folding/clang-22/given_masked.o", hash: (1846467068, 3226802510, 4225611725, 3920672621, 1787571671))
^1 = gv: (name: "get_flag") ; guid = 60961046246589309
^2 = gv: (name: "get_align") ; guid = 1188789843297435866
^3 = gv: (name: "given_masked", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 20, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2, tail: 1), (callee: ^9, tail: 1), (callee: ^1, tail: 1), (callee: ^4)), refs: (writeonly ^8)))) ; guid = 2883667387348906490
^4 = gv: (name: "alloc_pair") ; guid = 2890183916247443138
^5 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^6 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^7 = gv: (name: "llvm.ptrmask.p0.i64") ; guid = 14571006855679474619
^8 = gv: (name: "seen_tag", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 16177368441383735481
^9 = gv: (name: "read_count") ; guid = 16331612162091985390
^10 = blockcount: 0
