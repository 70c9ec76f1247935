source_filename = "src/folding/local_object.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noredzone nounwind
define dso_local i64 @local_object() local_unnamed_addr #0 {
  %1 = alloca [40 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #3
  %2 = tail call i32 @get_len() #4
  %3 = zext i32 %2 to i64
  %4 = call i64 @copy_into(ptr noundef nonnull %1, i64 noundef %3) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #3
  ret i64 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noredzone
declare dso_local i64 @copy_into(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local i32 @get_len() local_unnamed_addr #2

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

^0 = module: (path: "out/folding/clang-22/local_object.o", hash: (1436159416, 3195447928, 95851031, 2850806928, 4030617981))
^1 = gv: (name: "local_object", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^4, tail: 1), (callee: ^3))))) ; guid = 833178509201018764
^2 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^3 = gv: (name: "copy_into") ; guid = 8869596256378732152
^4 = gv: (name: "get_len") ; guid = 10005999574059189694
^5 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^6 = blockcount: 0
