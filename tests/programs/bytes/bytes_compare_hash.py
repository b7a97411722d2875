items = [b"b", b"a", b"ab", b"", b"\xff", b"A", bytearray(b"aa")]
print(sorted(items))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" != b"abd")
print(b"a" < b"ab" < b"b", bytearray(b"z") > b"a")
d = {b"k": 1, b"k2": 2}
print(d[b"k"], b"k" in d, len({b"x", b"x", b"y"}))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
print(min(b"hello"), max(b"hello"), b"hello".count(b"l"))
print(bytes(5) == b"\x00" * 5, b"ab" * 0, bytearray(b"ab") * 2)
