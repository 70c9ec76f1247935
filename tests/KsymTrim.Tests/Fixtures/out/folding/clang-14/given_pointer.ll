source_filename = "src/folding/given_pointer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }
%struct.holder = type { %struct.pair* }

; Function Attrs: noredzone nounwind
define dso_local i8* @given_pointer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = alloca %struct.holder, align 8
  %4 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %4) #3
  %5 = bitcast %struct.holder* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %5) #3
  %6 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 %0, i32* %6, align 8, !tbaa !3
  %7 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 10000, i64* %7, align 8, !tbaa !9
  %8 = getelementptr inbounds %struct.holder, %struct.holder* %3, i64 0, i32 0
  store %struct.pair* %2, %struct.pair** %8, align 8, !tbaa !10
  %9 = call i8* @alloc_via(%struct.holder* noundef nonnull %3) #4
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %5) #3
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %4) #3
  ret i8* %9
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i8* @alloc_via(%struct.holder* noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !5, i64 0}
!4 = !{!"pair", !5, i64 0, !8, i64 8}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long", !6, i64 0}
!9 = !{!4, !8, i64 8}
!10 = !{!11, !12, i64 0}
!11 = !{!"holder", !12, i64 0}
!12 = !{!"any pointer", !6, i64 0}

^0 = module: (path: "out/folding/clang-14/given_pointer.o", hash: (4286856925, 1146776979, 2973099067, 4136005074, 1915507711))
^1 = gv: (name: "alloc_via") ; guid = 1459443116598265460
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^4 = gv: (name: "given_pointer", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 16, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1))))) ; guid = 15588744517275497643
^5 = blockcount: 1
