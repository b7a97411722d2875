import math
nan = math.nan
inf = math.inf
print(nan == nan, nan != nan, nan < 1, nan >= 1)
print(inf == inf, -inf < inf, inf > 10**400, 10**400 > 1e308)
print(1e308 < 10**309, 2**1024 > 1.7976931348623157e308)
print(0.0 == -0.0, math.copysign(1, -0.0), 1/inf, -1/inf)
print(sorted([3.0, -1.0, 2.5, -0.0, 0.0]))
print(max(1.0, 1), min(1, 1.0), max(0.0, -0.0), max(-0.0, 0.0))
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(9007199254740993 > 9007199254740992.0)
print(float(9007199254740993))
print([x for x in [1.0, nan, 2.0] if x == x])
print(hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(inf), hash(-inf))
