vals = [1j, -1j, 2 + 0j, 0.5 - 1.5j, complex(0, -0.0), 1e20 + 1e-20j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, abs(v), bool(v))
print((1 + 2j) * (3 - 1j), (1 + 2j) ** 3, (2 + 0j) ** -1, pow(1j, 4))
print(complex("1e3-2.5j"), complex("-j"), complex("(1+2j)"))
for bad in ["1+", "j1", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
print(hash(3 + 0j) == hash(3), (1 + 1j) != (1 - 1j))
