source_filename = "src/folding/given_pointer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }
%struct.holder = type { ptr }

; Function Attrs: noredzone nounwind
define dso_local ptr @given_pointer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = alloca %struct.holder, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #3
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #3
  store i32 %0, ptr %2, align 8, !tbaa !7
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store i64 10000, ptr %4, align 8, !tbaa !10
  store ptr %2, ptr %3, align 8, !tbaa !11
  %5 = call ptr @alloc_via(ptr noundef nonnull %3) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #3
  ret ptr %5
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local ptr @alloc_via(ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

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
!11 = !{!12, !13, i64 0}
!12 = !{!"holder", !13, i64 0}
!13 = !{!"p1 _ZTS4pair", !14, i64 0}
!14 = !{!"any pointer", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/given_pointer.o", hash: (1036031164, 899774282, 3428243062, 4244565544, 593461329))
^1 = gv: (name: "alloc_via") ; guid = 1459443116598265460
^2 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^3 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^4 = gv: (name: "given_pointer", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1))))) ; guid = 15588744517275497643
^5 = blockcount: 0
