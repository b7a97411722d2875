# float ** float and float ** int (and int ** float): special values,
# errors, complex results, in-place forms.
inf, nan = float("inf"), float("nan")
values = [2.0, -2.0, 0.5, 0.0, -0.0, 1.0, -1.0, 10.0, 1e308, 1e-308, inf, -inf, nan, 3, -3, 0, 2**60]
exponents = [2.0, -2.0, 0.5, -1.5, 0.0, -0.0, 3, -3, 0, 1e10, -1e10, inf, -inf, nan, 2.5]
for x in values:
    row = []
    for y in exponents:
        if not (isinstance(x, float) or isinstance(y, float)):
            continue
        try:
            r = x ** y
            row.append(repr(r))
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(x), row)

d = 0.0
for i in range(1, 6):
    d += (i * 1.5) ** -1.5
print(d)
p = 1.5
p **= 3
print(p)
p **= 0.5
print(p)
q = 7
q **= 0.5
print(q)
print((-8.0) ** (1 / 3))
print(sum((k * 0.1) ** 2 for k in range(10)))
