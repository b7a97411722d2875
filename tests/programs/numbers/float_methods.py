import math
for x in [0.0, 1.0, -2.5, 0.1, 1e300, 3.75]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), int(-2.5))
print(float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex("0x1p-1074"))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
print(float("  1_000.5  "), float("-0"), float("+inf"), float("NaN"))
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((7.0).__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (7.5).__round__(), (7.55).__round__(1))
