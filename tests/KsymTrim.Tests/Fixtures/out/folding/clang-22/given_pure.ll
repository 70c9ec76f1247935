source_filename = "src/folding/given_pure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@crc_seen = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: noredzone nounwind
define dso_local ptr @given_pure(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pair, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store i32 %0, ptr %2, align 8, !tbaa !7
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store i64 10000, ptr %3, align 8, !tbaa !10
  %4 = call i32 @crc_pair(ptr noundef nonnull %2) #5
  store i32 %4, ptr @crc_seen, align 4, !tbaa !3
  %5 = call ptr @alloc_pair(ptr noundef nonnull %2) #6
  %6 = call i64 @read_count() #6
  store i64 %6, ptr %3, align 8, !tbaa !10
  %7 = call ptr @alloc_pair(ptr noundef nonnull %2) #6
  %8 = icmp eq i32 %0, 0
  %9 = select i1 %8, ptr %7, ptr %5
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret ptr %9
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree noredzone nounwind willreturn memory(read)
declare dso_local i32 @crc_pair(ptr noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @alloc_pair(ptr noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree noredzone nounwind willreturn memory(read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind willreturn memory(read) "no-builtins" }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" }

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

^0 = module: (path: "out/folding/clang-22/given_pure.o", hash: (612953315, 610432003, 414842240, 3921607664, 3808436511))
^1 = gv: (name: "crc_seen", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 1438261568167106066
^2 = gv: (name: "alloc_pair") ; guid = 2890183916247443138
^3 = gv: (name: "given_pure", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7), (callee: ^2), (callee: ^6)), refs: (writeonly ^1)))) ; guid = 4417499977356351873
^4 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^5 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^6 = gv: (name: "read_count") ; guid = 16331612162091985390
^7 = gv: (name: "crc_pair") ; guid = 17420985324422055575
^8 = blockcount: 0
