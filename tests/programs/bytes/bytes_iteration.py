b = bytes(range(250, 256)) + b"abc"
for i, x in enumerate(b):
    print(i, x, hex(x), chr(x) if x < 128 else "?")
print(list(reversed(b"abc")), sum(b"abc"), max(b"abc"), sorted(b"cba"))
print(bytes(x ^ 0x20 for x in b"Hello"))
print([b"abc"[i:i + 1] for i in range(3)])
ba = bytearray()
for i in range(10):
    ba.append(i * 25)
print(ba, list(ba))
print(bytes(reversed(ba)))
print(b"".join(bytes([c]) for c in b"xyz"))
print(int.from_bytes(b"\x12\x34", "big"), (0x1234).to_bytes(2, "little"))
