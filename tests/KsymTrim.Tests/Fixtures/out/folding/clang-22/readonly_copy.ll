source_filename = "src/folding/readonly_copy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local ptr @readonly_copy() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = alloca [16 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  call void @keep_addr(ptr noundef nonnull %1) #6
  store i64 10000, ptr %1, align 8, !tbaa !7
  call void @note_tag(i32 noundef 1) #6
  %3 = call ptr @strcpy(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %1) #6
  %4 = load i64, ptr %1, align 8, !tbaa !7
  %5 = call i1 @llvm.is.constant.i64(i64 %4)
  %6 = icmp ne i64 %4, 0
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %0
  %9 = icmp ugt i64 %4, 8192
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = call ptr @kmalloc_large(i64 noundef %4, i32 noundef 1) #6
  br label %16

12:                                               ; preds = %8
  %13 = call ptr @kmalloc_small(i64 noundef %4, i32 noundef 1) #6
  br label %16

14:                                               ; preds = %0
  %15 = call ptr @__kmalloc(i64 noundef %4, i32 noundef 1) #6
  br label %16

16:                                               ; preds = %14, %12, %10
  %17 = phi ptr [ %11, %10 ], [ %13, %12 ], [ %15, %14 ]
  %18 = call i64 @copy_raw(ptr noundef nonnull %2, i64 noundef 16) #6
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #5
  ret ptr %17
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local void @keep_addr(ptr noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local void @note_tag(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree noredzone nounwind willreturn memory(argmem: readwrite)
declare dso_local ptr @strcpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none)) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local i64 @copy_raw(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i64(i64) #4

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_large(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @kmalloc_small(i64 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local ptr @__kmalloc(i64 noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { noredzone nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noredzone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree noredzone nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }
attributes #6 = { noredzone nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"Code Model", i32 2}
!2 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !5, i64 0}

^0 = module: (path: "out/folding/clang-22/readonly_copy.o", hash: (2175285031, 826389751, 1390942364, 348179119, 3613842150))
^1 = gv: (name: "copy_raw") ; guid = 2927357461060228748
^2 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^3 = gv: (name: "kmalloc_small") ; guid = 4847593972894873004
^4 = gv: (name: "strcpy") ; guid = 6632331988377524110
^5 = gv: (name: "readonly_copy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 26, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^11), (callee: ^7), (callee: ^4), (callee: ^6), (callee: ^3), (callee: ^8), (callee: ^1))))) ; guid = 8276505878185431181
^6 = gv: (name: "kmalloc_large") ; guid = 8685590851497420233
^7 = gv: (name: "note_tag") ; guid = 11088062539523696177
^8 = gv: (name: "__kmalloc") ; guid = 11689055317488693271
^9 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^10 = gv: (name: "llvm.is.constant.i64") ; guid = 14097075400492645206
^11 = gv: (name: "keep_addr") ; guid = 17626576664737266959
^12 = blockcount: 0
