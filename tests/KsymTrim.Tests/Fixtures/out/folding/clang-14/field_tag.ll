source_filename = "src/folding/field_tag.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

; Function Attrs: noredzone nounwind
define dso_local i8* @field_tag(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call %struct.pair* @make_pair(i64 noundef %0) #3
  %3 = getelementptr inbounds %struct.pair, %struct.pair* %2, i64 0, i32 0
  %4 = load i32, i32* %3, align 8, !tbaa !3
  %5 = sext i32 %4 to i64
  %6 = mul nsw i64 %5, 10000
  %7 = tail call i1 @llvm.is.constant.i64(i64 %6) #4
  %8 = icmp ne i32 %4, 0
  %9 = and i1 %8, %7
  br i1 %9, label %10, label %16

10:                                               ; preds = %1
  %11 = icmp ugt i64 %6, 8192
  br i1 %11, label %12, label %14

12:                                               ; preds = %10
  %13 = tail call i8* @kmalloc_large(i64 noundef %6, i32 noundef 1) #3
  br label %18

14:                                               ; preds = %10
  %15 = tail call i8* @kmalloc_small(i64 noundef %6, i32 noundef 1) #3
  br label %18

16:                                               ; preds = %1
  %17 = tail call i8* @__kmalloc(i64 noundef %6, i32 noundef 1) #3
  br label %18

18:                                               ; preds = %16, %14, %12
  %19 = phi i8* [ %13, %12 ], [ %15, %14 ], [ %17, %16 ]
  ret i8* %19
}

; Function Attrs: noredzone
declare dso_local %struct.pair* @make_pair(i64 noundef) local_unnamed_addr #1

; Function Attrs: convergent nofree nosync nounwind readnone willreturn
declare i1 @llvm.is.constant.i64(i64) #2

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: noredzone
declare dso_local i8* @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nofree nosync nounwind readnone willreturn }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }
attributes #4 = { nounwind }

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

^0 = module: (path: "out/folding/clang-14/field_tag.o", hash: (373702884, 2012638868, 3569724357, 1468908975, 1916550856))
^1 = gv: (name: "make_pair") ; guid = 1248870633037018039
^2 = gv: (name: "field_tag", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 19, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1), (callee: ^4), (callee: ^3), (callee: ^5))))) ; guid = 2834495090096533242
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^5 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^6 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^7 = blockcount: 6
