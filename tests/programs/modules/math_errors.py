import math
cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.log10(-1), lambda: math.log2(0),
    lambda: math.acos(2), lambda: math.asin(-2), lambda: math.factorial(-1), lambda: math.factorial(2.5),
    lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.exp(1000),
    lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.fmod(1, 0), lambda: math.gamma(0),
    lambda: math.lgamma(-1), lambda: math.atanh(1), lambda: math.sqrt("4"), lambda: math.floor("x"),
    lambda: math.gcd(1.5, 2), lambda: math.dist((1, 2), (1,)), lambda: math.log(1, 1), lambda: math.ldexp(1.0, 10**5),
    lambda: math.cosh(1000), lambda: math.sin(math.inf), lambda: math.trunc(None),
]
for c in cases:
    try:
        print("ok", c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
