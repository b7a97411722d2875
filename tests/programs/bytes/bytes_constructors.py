print(bytes(), bytes(0), bytes(4), bytes([1, 2, 3]), bytes((65, 66)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("text", "utf-8"), bytes("text", encoding="ascii"), bytes(memoryview(b"mv")))
print(bytes(range(5)), bytes(iter([7, 8])), bytes.fromhex("41 42 43"), bytes.fromhex(""))
print(bytearray(), bytearray(3), bytearray([255, 0]), bytearray(b"ab"), bytearray("é", "utf-8"))
for bad in [[-1], [256], ["a"], 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
try:
    bytes("x", "no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(type(bytes()).__name__, type(bytearray()).__name__, bytes.__mro__, bytearray.__mro__)
