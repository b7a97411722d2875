parts = [b"alpha", bytearray(b"beta"), memoryview(b"gamma")]
print(b", ".join(parts), bytearray(b"|").join(parts))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    b"".join([1])
except TypeError as e:
    print("TypeError", e)
acc = b""
for i in range(5):
    acc += bytes([48 + i])
print(acc, type(acc).__name__)
ba = bytearray()
ba += b"x" * 3
ba += bytearray(b"y")
print(ba, b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"b") + b"a").__name__)
print(b"ab" * 3, 3 * b"ab", bytearray(b"-") * 5)
