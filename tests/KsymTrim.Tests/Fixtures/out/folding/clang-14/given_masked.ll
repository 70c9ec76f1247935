source_filename = "src/folding/given_masked.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@seen_tag = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: noredzone nounwind
define dso_local i8* @given_masked(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  %3 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #3
  %4 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 %0, i32* %4, align 8, !tbaa !3
  %5 = tail call i64 @get_align() #4
  %6 = ptrtoint %struct.pair* %2 to i64
  %7 = add i64 %5, -1
  %8 = and i64 %7, %6
  %9 = sub i64 0, %8
  %10 = getelementptr inbounds i8, i8* %3, i64 %9
  %11 = bitcast i8* %10 to i32*
  %12 = load i32, i32* %11, align 8, !tbaa !3
  store i32 %12, i32* @seen_tag, align 4, !tbaa !9
  %13 = call i64 @read_count() #4
  %14 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 %13, i64* %14, align 8, !tbaa !10
  %15 = call i32 @get_flag() #4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %20, label %17

17:                                               ; preds = %1
  %18 = getelementptr inbounds i8, i8* %10, i64 8
  %19 = bitcast i8* %18 to i64*
  store i64 10000, i64* %19, align 8, !tbaa !10
  br label %20

20:                                               ; preds = %17, %1
  %21 = call i8* @alloc_pair(%struct.pair* noundef nonnull %2) #4
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #3
  ret i8* %21
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i64 @get_align() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i32 @get_flag() local_unnamed_addr #2

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
!9 = !{!5, !5, i64 0}
!10 = !{!4, !8, i64 8}

^0 = module: (path: "out/folding/clang-14/given_masked.o", hash: (1583665772, 560665479, 835690469, 1754004993, 685526832))
^1 = gv: (name: "get_flag") ; guid = 60961046246589309
^2 = gv: (name: "get_align") ; guid = 1188789843297435866
^3 = gv: (name: "given_masked", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 27, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^2), (callee: ^8), (callee: ^1), (callee: ^4)), refs: (writeonly ^7)))) ; guid = 2883667387348906490
^4 = gv: (name: "alloc_pair") ; guid = 2890183916247443138
^5 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^6 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^7 = gv: (name: "seen_tag", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 16177368441383735481
^8 = gv: (name: "read_count") ; guid = 16331612162091985390
^9 = blockcount: 3
