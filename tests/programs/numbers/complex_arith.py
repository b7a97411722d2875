z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(z ** 2, z ** 0.5, (1j) ** 2, 1j * 1j)
print(complex(1, 2), complex("3+4j"), complex(" 5j "), complex(2), complex())
print(z == 3 + 4j, z == (3, 4), 1 + 0j == 1)
print(-z, +z, repr(-0j), repr(complex(-0.0, -0.0)), 0j)
print(complex(1.5, -2.5), 1e300j * 1e300j)
print(complex(float("inf"), float("nan")))
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError", e)
print(hash(1 + 0j) == hash(1), type(z).__name__)
print(f"{z:.2f}", format(w, ""), f"{1.5+2.25j:10.3}")
