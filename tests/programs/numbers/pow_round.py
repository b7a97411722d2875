print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-1, 0.5) if False else "skip")
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print((-8) ** (1 / 3))
print(round(3.14159, 3), round(3.14159), type(round(3.5)), type(round(3.5, 0)))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1))
print(round(0.125, 2), round(0.375, 2), round(1e20, 2), round(-0.5))
print(round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(0 ** 0, 0.0 ** 0, 2 ** 0.5 * 2 ** 0.5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
