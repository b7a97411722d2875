for n in [0, 1, 7, 8, 255, 256, -1, -128, 2**64]:
    print(n, n.bit_length(), n.bit_count(), n.to_bytes(16, "big", signed=True).hex()[-8:])
print(int.from_bytes(bytes(range(8)), "big"), int.from_bytes(bytes(range(8)), "little"))
print(int.from_bytes([1, 2], "big"))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print((17).is_integer(), (6).as_integer_ratio())
print(int.__name__, int("7").__class__.__name__)
class MyInt(int):
    pass
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, int))
print(int(m), type(int(m)).__name__)
