print(0.1 + 0.2, 1.0 - 0.9, 3.0 * 1.1, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 2, 2 ** 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(float("1.5"), float(" -2.25 "), float("1e5"), float("inf"), float("-Infinity"), float("nan"))
print(1e308 * 10, -1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan + 1, inf > 1e308, nan > 0, nan < 0)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((255.5).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5))
print(int(1e20), int(-1.9), float(10**20))
print(1e-7, 1e-4, 0.0001, 123456789012345.6, 1234567890123456.7, 12345678901234567.8)
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(abs(-3.5), -0.0, abs(-0.0))
print(3.0 == 3, 0.1 * 3 == 0.3, 1 / 3 * 3 == 1.0)
print(float(True), 1.0 + True)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
