source_filename = "src/folding/given_pure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@crc_seen = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: noredzone nounwind
define dso_local i8* @given_pure(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #4
  %4 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 %0, i32* %4, align 8, !tbaa !3
  %5 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 10000, i64* %5, align 8, !tbaa !9
  %6 = call i32 @crc_pair(%struct.pair* noundef nonnull %2) #5
  store i32 %6, i32* @crc_seen, align 4, !tbaa !10
  %7 = call i8* @alloc_pair(%struct.pair* noundef nonnull %2) #6
  %8 = call i64 @read_count() #6
  store i64 %8, i64* %5, align 8, !tbaa !9
  %9 = call i8* @alloc_pair(%struct.pair* noundef nonnull %2) #6
  %10 = icmp eq i32 %0, 0
  %11 = select i1 %10, i8* %9, i8* %7
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #4
  ret i8* %11
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: mustprogress nofree noredzone nounwind readonly willreturn
declare dso_local i32 @crc_pair(%struct.pair* noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @alloc_pair(%struct.pair* noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { mustprogress nofree noredzone nounwind readonly willreturn "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind readonly willreturn "no-builtins" }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }

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
!10 = !{!5, !5, i64 0}

^0 = module: (path: "out/folding/clang-14/given_pure.o", hash: (2255349004, 1440794604, 695771874, 3271018409, 3360683015))
^1 = gv: (name: "crc_seen", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 1438261568167106066
^2 = gv: (name: "alloc_pair") ; guid = 2890183916247443138
^3 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^4 = gv: (name: "given_pure", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 17, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7), (callee: ^2), (callee: ^6)), refs: (writeonly ^1)))) ; guid = 4417499977356351873
^5 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^6 = gv: (name: "read_count") ; guid = 16331612162091985390
^7 = gv: (name: "crc_pair") ; guid = 17420985324422055575
^8 = blockcount: 1
