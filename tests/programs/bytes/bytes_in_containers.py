records = [b"alpha:1", b"beta:22", b"gamma:333"]
parsed = {}
for r in records:
    k, v = r.split(b":")
    parsed[k.decode()] = int(v)
print(parsed)
print(sorted(records, key=len, reverse=True))
print(b"|".join(records))
buf = bytearray()
for r in records:
    buf += len(r).to_bytes(2, "big") + r
print(buf.hex())
out, i = [], 0
while i < len(buf):
    n = int.from_bytes(buf[i:i + 2], "big")
    out.append(bytes(buf[i + 2:i + 2 + n]))
    i += 2 + n
print(out, out == records)
print(set(b"hello") == {104, 101, 108, 111}, sorted(set(b"mississippi")))
print(dict.fromkeys(b"abc", 0))
