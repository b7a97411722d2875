tests = [
    lambda: b"abc"[5],
    lambda: b"abc" + 1,
    lambda: b"abc" * b"x",
    lambda: b"abc".index(b"z"),
    lambda: bytes(-5),
    lambda: bytearray(b"a").pop(5),
    lambda: b"abc".decode("utf-8", "strict") + 1,
    lambda: bytes.fromhex("1"),
    lambda: b"x".nosuch,
    lambda: memoryview(b"ab")[5],
    lambda: b"abc".split(b""),
    lambda: ord(b"ab"),
    lambda: int(b"12x"),
    lambda: b"a" in "abc",
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), int(b"12"), float(b"1.5"), b"a" in b"abc", 97 in b"abc")
