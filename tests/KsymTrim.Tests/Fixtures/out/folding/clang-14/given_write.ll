source_filename = "src/folding/given_write.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

@last_set = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly
define dso_local void @note_set(i32 noundef %0) local_unnamed_addr #0 {
  store i32 %0, i32* @last_set, align 4, !tbaa !3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local i8* @given_write(i32 noundef %0) local_unnamed_addr #1 {
  %2 = alloca %struct.pair, align 8
  %3 = bitcast %struct.pair* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #4
  %4 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  store i32 %0, i32* %4, align 8, !tbaa !7
  %5 = tail call i64 @read_count() #5
  %6 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 1
  store i64 %5, i64* %6, align 8, !tbaa !10
  %7 = call i8* @alloc_set(%struct.pair* noundef nonnull %2) #5
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #4
  ret i8* %7
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i8* @alloc_set(%struct.pair* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

attributes #0 = { mustprogress nofree norecurse noredzone nosync nounwind willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nosync nounwind willreturn }
attributes #3 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

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

^0 = module: (path: "out/folding/clang-14/given_write.o", hash: (2243724165, 445037855, 600709110, 2502584955, 3783017550))
^1 = gv: (name: "note_set", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), refs: (writeonly ^4)))) ; guid = 2240359213337226005
^2 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^3 = gv: (name: "alloc_set") ; guid = 4395613569597736709
^4 = gv: (name: "last_set", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 1, constant: 0)))) ; guid = 5145004978253304740
^5 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^6 = gv: (name: "read_count") ; guid = 16331612162091985390
^7 = gv: (name: "given_write", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^6), (callee: ^3))))) ; guid = 16388733159628828036
^8 = blockcount: 2
