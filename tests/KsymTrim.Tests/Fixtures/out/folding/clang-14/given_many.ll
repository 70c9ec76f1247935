source_filename = "src/folding/given_many.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.many = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @given_many() local_unnamed_addr #0 {
  %1 = alloca %struct.many, align 8
  %2 = bitcast %struct.many* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 272, i8* nonnull %2) #3
  %3 = tail call i64 @read_count() #4
  %4 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 0
  store i64 %3, i64* %4, align 8, !tbaa !3
  %5 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 1
  store i64 10000, i64* %5, align 8, !tbaa !8
  %6 = tail call i64 @read_count() #4
  %7 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 2
  store i64 %6, i64* %7, align 8, !tbaa !9
  %8 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 3
  store i64 10001, i64* %8, align 8, !tbaa !10
  %9 = tail call i64 @read_count() #4
  %10 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 4
  store i64 %9, i64* %10, align 8, !tbaa !11
  %11 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 5
  store i64 10002, i64* %11, align 8, !tbaa !12
  %12 = tail call i64 @read_count() #4
  %13 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 6
  store i64 %12, i64* %13, align 8, !tbaa !13
  %14 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 7
  store i64 10003, i64* %14, align 8, !tbaa !14
  %15 = tail call i64 @read_count() #4
  %16 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 8
  store i64 %15, i64* %16, align 8, !tbaa !15
  %17 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 9
  store i64 10004, i64* %17, align 8, !tbaa !16
  %18 = tail call i64 @read_count() #4
  %19 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 10
  store i64 %18, i64* %19, align 8, !tbaa !17
  %20 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 11
  store i64 10005, i64* %20, align 8, !tbaa !18
  %21 = tail call i64 @read_count() #4
  %22 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 12
  store i64 %21, i64* %22, align 8, !tbaa !19
  %23 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 13
  store i64 10006, i64* %23, align 8, !tbaa !20
  %24 = tail call i64 @read_count() #4
  %25 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 14
  store i64 %24, i64* %25, align 8, !tbaa !21
  %26 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 15
  store i64 10007, i64* %26, align 8, !tbaa !22
  %27 = tail call i64 @read_count() #4
  %28 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 16
  store i64 %27, i64* %28, align 8, !tbaa !23
  %29 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 17
  store i64 10008, i64* %29, align 8, !tbaa !24
  %30 = tail call i64 @read_count() #4
  %31 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 18
  store i64 %30, i64* %31, align 8, !tbaa !25
  %32 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 19
  store i64 10009, i64* %32, align 8, !tbaa !26
  %33 = tail call i64 @read_count() #4
  %34 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 20
  store i64 %33, i64* %34, align 8, !tbaa !27
  %35 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 21
  store i64 10010, i64* %35, align 8, !tbaa !28
  %36 = tail call i64 @read_count() #4
  %37 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 22
  store i64 %36, i64* %37, align 8, !tbaa !29
  %38 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 23
  store i64 10011, i64* %38, align 8, !tbaa !30
  %39 = tail call i64 @read_count() #4
  %40 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 24
  store i64 %39, i64* %40, align 8, !tbaa !31
  %41 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 25
  store i64 10012, i64* %41, align 8, !tbaa !32
  %42 = tail call i64 @read_count() #4
  %43 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 26
  store i64 %42, i64* %43, align 8, !tbaa !33
  %44 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 27
  store i64 10013, i64* %44, align 8, !tbaa !34
  %45 = tail call i64 @read_count() #4
  %46 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 28
  store i64 %45, i64* %46, align 8, !tbaa !35
  %47 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 29
  store i64 10014, i64* %47, align 8, !tbaa !36
  %48 = tail call i64 @read_count() #4
  %49 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 30
  store i64 %48, i64* %49, align 8, !tbaa !37
  %50 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 31
  store i64 10015, i64* %50, align 8, !tbaa !38
  %51 = tail call i64 @read_count() #4
  %52 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 32
  store i64 %51, i64* %52, align 8, !tbaa !39
  %53 = getelementptr inbounds %struct.many, %struct.many* %1, i64 0, i32 33
  store i64 10016, i64* %53, align 8, !tbaa !40
  %54 = call i8* @alloc_many(%struct.many* noundef nonnull %1) #4
  call void @llvm.lifetime.end.p0i8(i64 272, i8* nonnull %2) #3
  ret i8* %54
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i8* @alloc_many(%struct.many* noundef) local_unnamed_addr #2

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
!4 = !{!"many", !5, i64 0, !5, i64 8, !5, i64 16, !5, i64 24, !5, i64 32, !5, i64 40, !5, i64 48, !5, i64 56, !5, i64 64, !5, i64 72, !5, i64 80, !5, i64 88, !5, i64 96, !5, i64 104, !5, i64 112, !5, i64 120, !5, i64 128, !5, i64 136, !5, i64 144, !5, i64 152, !5, i64 160, !5, i64 168, !5, i64 176, !5, i64 184, !5, i64 192, !5, i64 200, !5, i64 208, !5, i64 216, !5, i64 224, !5, i64 232, !5, i64 240, !5, i64 248, !5, i64 256, !5, i64 264}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!4, !5, i64 8}
!9 = !{!4, !5, i64 16}
!10 = !{!4, !5, i64 24}
!11 = !{!4, !5, i64 32}
!12 = !{!4, !5, i64 40}
!13 = !{!4, !5, i64 48}
!14 = !{!4, !5, i64 56}
!15 = !{!4, !5, i64 64}
!16 = !{!4, !5, i64 72}
!17 = !{!4, !5, i64 80}
!18 = !{!4, !5, i64 88}
!19 = !{!4, !5, i64 96}
!20 = !{!4, !5, i64 104}
!21 = !{!4, !5, i64 112}
!22 = !{!4, !5, i64 120}
!23 = !{!4, !5, i64 128}
!24 = !{!4, !5, i64 136}
!25 = !{!4, !5, i64 144}
!26 = !{!4, !5, i64 152}
!27 = !{!4, !5, i64 160}
!28 = !{!4, !5, i64 168}
!29 = !{!4, !5, i64 176}
!30 = !{!4, !5, i64 184}
!31 = !{!4, !5, i64 192}
!32 = !{!4, !5, i64 200}
!33 = !{!4, !5, i64 208}
!34 = !{!4, !5, i64 216}
!35 = !{!4, !5, i64 224}
!36 = !{!4, !5, i64 232}
!37 = !{!4, !5, i64 240}
!38 = !{!4, !5, i64 248}
!39 = !{!4, !5, i64 256}
!40 = !{!4, !5, i64 264}

^0 = module: (path: "out/folding/clang-14/given_many.o", hash: (531290926, 4107911420, 1677381935, 2266989090, 960034367))
^1 = gv: (name: "alloc_many") ; guid = 487242689692303851
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "given_many", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 91, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5), (callee: ^1))))) ; guid = 3942494644865645904
^4 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^5 = gv: (name: "read_count") ; guid = 16331612162091985390
^6 = blockcount: 1
