source_filename = "src/constructs/ssp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.with_array = type { i32, [16 x i8] }

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @scalars(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @ext(i32 noundef %0) #5
  %4 = mul nsw i32 %3, %1
  %5 = tail call i32 @ext(i32 noundef %4) #5
  %6 = add nsw i32 %5, %0
  ret i32 %6
}

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone
declare dso_local i32 @ext(i32 noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @small_char_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [4 x i8], align 1
  %3 = getelementptr inbounds [4 x i8], [4 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %3) #6
  call void @take(i8* noundef nonnull %3) #5
  %4 = and i32 %0, 3
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds [4 x i8], [4 x i8]* %2, i64 0, i64 %5
  %7 = load i8, i8* %6, align 1, !tbaa !4
  %8 = sext i8 %7 to i32
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %3) #6
  ret i32 %8
}

; Function Attrs: noredzone
declare dso_local void @take(i8* noundef) local_unnamed_addr #2

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @char_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [16 x i8], align 16
  %3 = getelementptr inbounds [16 x i8], [16 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #6
  call void @take(i8* noundef nonnull %3) #5
  %4 = and i32 %0, 15
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds [16 x i8], [16 x i8]* %2, i64 0, i64 %5
  %7 = load i8, i8* %6, align 1, !tbaa !4
  %8 = sext i8 %7 to i32
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #6
  ret i32 %8
}

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @int_array(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [8 x i32], align 16
  %3 = bitcast [8 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %3) #6
  %4 = getelementptr inbounds [8 x i32], [8 x i32]* %2, i64 0, i64 0
  call void @take_int(i32* noundef nonnull %4) #5
  %5 = and i32 %0, 7
  %6 = zext i32 %5 to i64
  %7 = getelementptr inbounds [8 x i32], [8 x i32]* %2, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4, !tbaa !7
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %3) #6
  ret i32 %8
}

; Function Attrs: noredzone
declare dso_local void @take_int(i32* noundef) local_unnamed_addr #2

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @addr_taken() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = bitcast i32* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %2) #6
  call void @take_int(i32* noundef nonnull %1) #5
  %3 = load i32, i32* %1, align 4, !tbaa !7
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %2) #6
  ret i32 %3
}

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @struct_array() local_unnamed_addr #0 {
  %1 = alloca %struct.with_array, align 4
  %2 = bitcast %struct.with_array* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %2) #6
  call void @take(i8* noundef nonnull %2) #5
  %3 = getelementptr inbounds %struct.with_array, %struct.with_array* %1, i64 0, i32 1, i64 3
  %4 = load i8, i8* %3, align 1, !tbaa !4
  %5 = sext i8 %4 to i32
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %2) #6
  ret i32 %5
}

; Function Attrs: noredzone nounwind sspstrong
define dso_local i32 @vla(i32 noundef %0) local_unnamed_addr #0 {
  %2 = zext i32 %0 to i64
  %3 = alloca i8, i64 %2, align 16
  call void @take(i8* noundef nonnull %3) #5
  %4 = load i8, i8* %3, align 16, !tbaa !4
  %5 = sext i8 %4 to i32
  ret i32 %5
}

; Function Attrs: noredzone nounwind
define dso_local i32 @opted_out(i32 noundef %0) local_unnamed_addr #3 {
  %2 = alloca [64 x i8], align 16
  %3 = getelementptr inbounds [64 x i8], [64 x i8]* %2, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %3) #6
  call void @take(i8* noundef nonnull %3) #5
  %4 = and i32 %0, 63
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds [64 x i8], [64 x i8]* %2, i64 0, i64 %5
  %7 = load i8, i8* %6, align 1, !tbaa !4
  %8 = sext i8 %7 to i32
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %3) #6
  ret i32 %8
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind readnone sspstrong willreturn
define dso_local i32 @leaf(i32 noundef %0) local_unnamed_addr #4 {
  %2 = mul nsw i32 %0, 7
  ret i32 %2
}

attributes #0 = { noredzone nounwind sspstrong "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nosync nounwind willreturn }
attributes #2 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse noredzone nosync nounwind readnone sspstrong willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"stack-protector-guard", !"global"}
!3 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}

^0 = module: (path: "out/constructs/ssp.global-x86_64-clang14.bc", hash: (4119309283, 255954530, 1530951084, 4140009942, 904856267))
^1 = gv: (name: "small_char_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 2091004275649953815
^2 = gv: (name: "addr_taken", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14))))) ; guid = 2356275763301150268
^3 = gv: (name: "take") ; guid = 2422972831607950688
^4 = gv: (name: "llvm.lifetime.start.p0i8") ; guid = 3657761528566682672
^5 = gv: (name: "vla", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 3694715672216883629
^6 = gv: (name: "struct_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 5593953772395679252
^7 = gv: (name: "leaf", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 7399155579282764986
^8 = gv: (name: "char_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 8725999460264882540
^9 = gv: (name: "scalars", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13))))) ; guid = 12834287917519279183
^10 = gv: (name: "opted_out", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3))))) ; guid = 13307508562935660820
^11 = gv: (name: "llvm.lifetime.end.p0i8") ; guid = 14311549039910520616
^12 = gv: (name: "int_array", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14))))) ; guid = 14752077343995100486
^13 = gv: (name: "ext") ; guid = 15493320556550420395
^14 = gv: (name: "take_int") ; guid = 16840207308621910506
^15 = blockcount: 9
