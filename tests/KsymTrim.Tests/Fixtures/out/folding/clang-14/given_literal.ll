source_filename = "src/folding/given_literal.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @given_literal(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #3
  %4 = tail call i64 @read_count() #4
  %5 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  %6 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 %0, i32* %6, align 8, !tbaa !3
  store i64 10000, i64* %5, align 8, !tbaa !9
  %7 = call i8* @alloc_pair(%struct.pair* noundef nonnull %2) #4
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #3
  ret i8* %7
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @alloc_pair(%struct.pair* noundef) local_unnamed_addr #2

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

^0 = module: (path: "out/folding/clang-14/given_literal.o", hash: (2229133278, 1612463097, 2388444523, 3798489653, 969270414))
^1 = gv: (name: "alloc_pair") ; guid = 2890183916247443138
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^4 = gv: (name: "given_literal", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^1))))) ; guid = 14921623904653964176
^5 = gv: (name: "read_count") ; guid = 16331612162091985390
^6 = blockcount: 1
