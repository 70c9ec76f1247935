source_filename = "src/folding/given_many.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.many = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

; Function Attrs: noredzone nounwind
define dso_local ptr @given_many() local_unnamed_addr #0 {
  %1 = alloca %struct.many, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #3
  %2 = tail call i64 @read_count() #4
  store i64 %2, ptr %1, align 8, !tbaa !7
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i64 10000, ptr %3, align 8, !tbaa !10
  %4 = tail call i64 @read_count() #4
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store i64 %4, ptr %5, align 8, !tbaa !11
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store i64 10001, ptr %6, align 8, !tbaa !12
  %7 = tail call i64 @read_count() #4
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store i64 %7, ptr %8, align 8, !tbaa !13
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store i64 10002, ptr %9, align 8, !tbaa !14
  %10 = tail call i64 @read_count() #4
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 48
  store i64 %10, ptr %11, align 8, !tbaa !15
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 56
  store i64 10003, ptr %12, align 8, !tbaa !16
  %13 = tail call i64 @read_count() #4
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 64
  store i64 %13, ptr %14, align 8, !tbaa !17
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 72
  store i64 10004, ptr %15, align 8, !tbaa !18
  %16 = tail call i64 @read_count() #4
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 80
  store i64 %16, ptr %17, align 8, !tbaa !19
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 88
  store i64 10005, ptr %18, align 8, !tbaa !20
  %19 = tail call i64 @read_count() #4
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 96
  store i64 %19, ptr %20, align 8, !tbaa !21
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 104
  store i64 10006, ptr %21, align 8, !tbaa !22
  %22 = tail call i64 @read_count() #4
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 112
  store i64 %22, ptr %23, align 8, !tbaa !23
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 120
  store i64 10007, ptr %24, align 8, !tbaa !24
  %25 = tail call i64 @read_count() #4
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 128
  store i64 %25, ptr %26, align 8, !tbaa !25
  %27 = getelementptr inbounds nuw i8, ptr %1, i64 136
  store i64 10008, ptr %27, align 8, !tbaa !26
  %28 = tail call i64 @read_count() #4
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 144
  store i64 %28, ptr %29, align 8, !tbaa !27
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 152
  store i64 10009, ptr %30, align 8, !tbaa !28
  %31 = tail call i64 @read_count() #4
  %32 = getelementptr inbounds nuw i8, ptr %1, i64 160
  store i64 %31, ptr %32, align 8, !tbaa !29
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 168
  store i64 10010, ptr %33, align 8, !tbaa !30
  %34 = tail call i64 @read_count() #4
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 176
  store i64 %34, ptr %35, align 8, !tbaa !31
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 184
  store i64 10011, ptr %36, align 8, !tbaa !32
  %37 = tail call i64 @read_count() #4
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 192
  store i64 %37, ptr %38, align 8, !tbaa !33
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 200
  store i64 10012, ptr %39, align 8, !tbaa !34
  %40 = tail call i64 @read_count() #4
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 208
  store i64 %40, ptr %41, align 8, !tbaa !35
  %42 = getelementptr inbounds nuw i8, ptr %1, i64 216
  store i64 10013, ptr %42, align 8, !tbaa !36
  %43 = tail call i64 @read_count() #4
  %44 = getelementptr inbounds nuw i8, ptr %1, i64 224
  store i64 %43, ptr %44, align 8, !tbaa !37
  %45 = getelementptr inbounds nuw i8, ptr %1, i64 232
  store i64 10014, ptr %45, align 8, !tbaa !38
  %46 = tail call i64 @read_count() #4
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 240
  store i64 %46, ptr %47, align 8, !tbaa !39
  %48 = getelementptr inbounds nuw i8, ptr %1, i64 248
  store i64 10015, ptr %48, align 8, !tbaa !40
  %49 = tail call i64 @read_count() #4
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 256
  store i64 %49, ptr %50, align 8, !tbaa !41
  %51 = getelementptr inbounds nuw i8, ptr %1, i64 264
  store i64 10016, ptr %51, align 8, !tbaa !42
  %52 = call ptr @alloc_many(ptr noundef nonnull %1) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #3
  ret ptr %52
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @alloc_many(ptr noundef) local_unnamed_addr #2

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
!7 = !{!8, !9, i64 0}
!8 = !{!"many", !9, i64 0, !9, i64 8, !9, i64 16, !9, i64 24, !9, i64 32, !9, i64 40, !9, i64 48, !9, i64 56, !9, i64 64, !9, i64 72, !9, i64 80, !9, i64 88, !9, i64 96, !9, i64 104, !9, i64 112, !9, i64 120, !9, i64 128, !9, i64 136, !9, i64 144, !9, i64 152, !9, i64 160, !9, i64 168, !9, i64 176, !9, i64 184, !9, i64 192, !9, i64 200, !9, i64 208, !9, i64 216, !9, i64 224, !9, i64 232, !9, i64 240, !9, i64 248, !9, i64 256, !9, i64 264}
!9 = !{!"long", !5, i64 0}
!10 = !{!8, !9, i64 8}
!11 = !{!8, !9, i64 16}
!12 = !{!8, !9, i64 24}
!13 = !{!8, !9, i64 32}
!14 = !{!8, !9, i64 40}
!15 = !{!8, !9, i64 48}
!16 = !{!8, !9, i64 56}
!17 = !{!8, !9, i64 64}
!18 = !{!8, !9, i64 72}
!19 = !{!8, !9, i64 80}
!20 = !{!8, !9, i64 88}
!21 = !{!8, !9, i64 96}
!22 = !{!8, !9, i64 104}
!23 = !{!8, !9, i64 112}
!24 = !{!8, !9, i64 120}
!25 = !{!8, !9, i64 128}
!26 = !{!8, !9, i64 136}
!27 = !{!8, !9, i64 144}
!28 = !{!8, !9, i64 152}
!29 = !{!8, !9, i64 160}
!30 = !{!8, !9, i64 168}
!31 = !{!8, !9, i64 176}
!32 = !{!8, !9, i64 184}
!33 = !{!8, !9, i64 192}
!34 = !{!8, !9, i64 200}
!35 = !{!8, !9, i64 208}
!36 = !{!8, !9, i64 216}
!37 = !{!8, !9, i64 224}
!38 = !{!8, !9, i64 232}
!39 = !{!8, !9, i64 240}
!40 = !{!8, !9, i64 248}
!41 = !{!8, !9, i64 256}
!42 = !{!8, !9, i64 264}

^0 = module: (path: "out/folding/clang-22/given_many.o", hash: (2497557083, 3788326684, 1887192104, 3956032494, 3806187000))
^1 = gv: (name: "alloc_many") ; guid = 487242689692303851
^2 = gv: (name: "given_many", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 89, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1), (callee: ^1))))) ; guid = 3942494644865645904
^3 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^4 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^5 = gv: (name: "read_count") ; guid = 16331612162091985390
^6 = blockcount: 0
