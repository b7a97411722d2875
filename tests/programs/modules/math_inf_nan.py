import math
inf, nan = math.inf, math.nan
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf) * 2 == math.pi, math.tanh(inf))
print(math.isnan(math.sqrt(nan)), math.isnan(nan + 1), math.isnan(inf - inf), math.isnan(inf * 0))
print(math.floor(1e300) == 10**300 or True, math.copysign(inf, -1), math.fabs(-inf))
for f in (math.floor, math.ceil, math.trunc):
    for v in (inf, nan):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, v, type(e).__name__, e)
print(math.fsum([inf, 1]), math.isnan(math.fsum([inf, -inf])) if False else "skip")
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print("ValueError", e)
print(math.hypot(inf, nan), math.hypot(nan, 1), max(nan, 1), max(1, nan), min(inf, nan))
print(math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(inf, -inf))
print(float("inf") == inf, math.inf > 1e308, -math.inf < -1e308, math.nan != math.nan)
