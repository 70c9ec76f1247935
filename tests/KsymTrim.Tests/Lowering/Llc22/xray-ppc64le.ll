target triple = "powerpc64le-unknown-linux-gnu"
define i32 @f(i32 %a) #0 { ret i32 %a }
attributes #0 = { nounwind "function-instrument"="xray-always" }
