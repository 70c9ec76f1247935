source_filename = "src/folding/ret_lib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cfg = type { i64 }

; Function Attrs: noredzone nounwind
define dso_local i64 @size_of() local_unnamed_addr #0 {
  %1 = tail call i64 @read_count() #4
  %2 = shl nsw i64 %1, 1
  ret i64 %2
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local i64 @size_or_big(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %3, label %5

3:                                                ; preds = %1
  %4 = tail call i64 @read_count() #4
  br label %5

5:                                                ; preds = %3, %1
  %6 = phi i64 [ %4, %3 ], [ 20000, %1 ]
  ret i64 %6
}

; Function Attrs: noredzone nounwind
define dso_local %struct.cfg* @make_cfg() local_unnamed_addr #0 {
  %1 = tail call %struct.cfg* @new_cfg() #4
  %2 = getelementptr inbounds %struct.cfg, %struct.cfg* %1, i64 0, i32 0
  store i64 10000, i64* %2, align 8, !tbaa !3
  ret %struct.cfg* %1
}

; Function Attrs: noredzone
declare dso_local %struct.cfg* @new_cfg() local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind readonly willreturn
define dso_local %struct.cfg* @find_cfg(%struct.cfg** nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = and i32 %1, 7
  %4 = zext i32 %3 to i64
  %5 = getelementptr inbounds %struct.cfg*, %struct.cfg** %0, i64 %4
  %6 = load %struct.cfg*, %struct.cfg** %5, align 8, !tbaa !8
  ret %struct.cfg* %6
}

; Function Attrs: mustprogress nofree norecurse noredzone nosync nounwind readnone willreturn
define dso_local %struct.cfg* @pick_cfg(%struct.cfg* noundef readnone returned %0) local_unnamed_addr #3 {
  ret %struct.cfg* %0
}

; Function Attrs: noredzone nounwind
define dso_local %struct.cfg* @swap_cfg(%struct.cfg* nocapture noundef writeonly %0) local_unnamed_addr #0 {
  %2 = tail call %struct.cfg* @new_cfg() #4
  %3 = getelementptr inbounds %struct.cfg, %struct.cfg* %0, i64 0, i32 0
  store i64 10000, i64* %3, align 8, !tbaa !3
  ret %struct.cfg* %2
}

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse noredzone nosync nounwind readonly willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse noredzone nosync nounwind readnone willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !5, i64 0}
!4 = !{!"cfg", !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"any pointer", !6, i64 0}

^0 = module: (path: "out/folding/clang-14/ret_lib.o", hash: (2079750686, 3686351388, 2117940685, 1859338436, 3525461488))
^1 = gv: (name: "size_or_big", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7))))) ; guid = 434457117021243881
^2 = gv: (name: "pick_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 4428634060801936906
^3 = gv: (name: "swap_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4))))) ; guid = 4684543943798238200
^4 = gv: (name: "new_cfg") ; guid = 8732311288807884449
^5 = gv: (name: "make_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4))))) ; guid = 10263164395830554229
^6 = gv: (name: "find_cfg", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 5, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 12921471266781709855
^7 = gv: (name: "read_count") ; guid = 16331612162091985390
^8 = gv: (name: "size_of", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^7))))) ; guid = 17083676935764492569
^9 = blockcount: 8
