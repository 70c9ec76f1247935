target triple = "powerpc64le-unknown-linux-gnu"
define <2 x double> @p9(<2 x double> %x) #0 { %r = call <2 x double> @__sind2(<2 x double> %x)
 ret <2 x double> %r }
define <4 x float> @p8(<4 x float> %x) #1 { %r = call <4 x float> @__cosf4(<4 x float> %x)
 ret <4 x float> %r }
define <2 x double> @p9novec(<2 x double> %x) #2 { %r = call <2 x double> @__expd2(<2 x double> %x)
 ret <2 x double> %r }
declare <2 x double> @__sind2(<2 x double>)
declare <4 x float> @__cosf4(<4 x float>)
declare <2 x double> @__expd2(<2 x double>)
attributes #0 = { nounwind "target-cpu"="pwr9" }
attributes #1 = { nounwind "target-cpu"="pwr8" }
attributes #2 = { nounwind "target-cpu"="pwr9" "target-features"="-power9-vector" }
