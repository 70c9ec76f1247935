source_filename = "src/folding/bound_shapes.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@limit_count = external dso_local local_unnamed_addr global i32, align 4

; Function Attrs: noredzone nounwind
define dso_local void @shape_mask() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = and i32 %1, 4080
  %3 = zext nneg i32 %2 to i64
  tail call void @sink(i64 noundef %3) #3
  ret void
}

; Function Attrs: noredzone
declare dso_local void @sink(i64 noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local void @shape_urem() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = urem i32 %1, 100
  %3 = zext nneg i32 %2 to i64
  tail call void @sink(i64 noundef %3) #3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @shape_udiv() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = lshr i32 %1, 4
  %3 = and i32 %2, 4095
  %4 = zext nneg i32 %3 to i64
  tail call void @sink(i64 noundef %4) #3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @shape_signed() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = add i32 %1, -11
  %3 = icmp ult i32 %2, -16
  br i1 %3, label %6, label %4

4:                                                ; preds = %0
  %5 = sext i32 %1 to i64
  tail call void @sink(i64 noundef %5) #3
  br label %6

6:                                                ; preds = %4, %0
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @shape_range() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = add i32 %1, -31
  %3 = icmp ult i32 %2, -21
  br i1 %3, label %6, label %4

4:                                                ; preds = %0
  %5 = zext nneg i32 %1 to i64
  tail call void @sink(i64 noundef %5) #3
  br label %6

6:                                                ; preds = %4, %0
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local void @shape_min() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = and i32 %1, 63
  %3 = tail call i64 @read_count() #3
  %4 = trunc i64 %3 to i32
  %5 = tail call i32 @llvm.umin.i32(i32 %2, i32 %4)
  %6 = zext nneg i32 %5 to i64
  tail call void @sink(i64 noundef %6) #3
  ret void
}

; Function Attrs: noredzone
declare dso_local i64 @read_count() local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local void @shape_wrap() local_unnamed_addr #0 {
  %1 = load i32, ptr @limit_count, align 4, !tbaa !3
  %2 = shl i32 %1, 16
  %3 = zext nneg i32 %2 to i64
  tail call void @sink(i64 noundef %3) #3
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}

^0 = module: (path: "out/folding/clang-22/bound_shapes.o", hash: (390728605, 3691959065, 691545692, 2839412584, 3400103210))
^1 = gv: (name: "llvm.umin.i32") ; guid = 639944273903467210
^2 = gv: (name: "shape_mask", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 1422416859283650739
^3 = gv: (name: "shape_range", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 5234671490440307331
^4 = gv: (name: "shape_udiv", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 6, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 8324116528560494640
^5 = gv: (name: "sink") ; guid = 11079572442044293366
^6 = gv: (name: "shape_signed", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 11672477835930447832
^7 = gv: (name: "shape_urem", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 11707299046605646704
^8 = gv: (name: "shape_min", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^9, tail: 1), (callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 13116124021935275369
^9 = gv: (name: "read_count") ; guid = 16331612162091985390
^10 = gv: (name: "limit_count") ; guid = 18325889032234619705
^11 = gv: (name: "shape_wrap", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^5, tail: 1)), refs: (readonly ^10)))) ; guid = 18387020575365416218
^12 = blockcount: 0
