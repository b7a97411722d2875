import math
cases = [lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: math.exp(1000), lambda: int(float("inf")),
         lambda: round(float("inf")), lambda: (10**400) / 1, lambda: 1e308 * 1e308 if False else math.ldexp(1.0, 5000),
         lambda: (1).to_bytes(0, "big") if False else (256).to_bytes(1, "little"), lambda: chr(10**20),
         lambda: [0][10**30], lambda: math.factorial(10**30) if False else "x" * (10**30)]
for c in cases:
    try:
        print("ok", c())
    except (OverflowError, ValueError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
