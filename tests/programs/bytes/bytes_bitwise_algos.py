def xor(a, b):
    return bytes(x ^ y for x, y in zip(a, b))
key = b"secretkey"
msg = b"attack at dawn"
enc = xor(msg, (key * 2)[:len(msg)])
print(enc.hex())
print(xor(enc, (key * 2)[:len(msg)]))
def checksum(data):
    s = 0
    for x in data:
        s = (s * 31 + x) & 0xFFFFFFFF
    return s
print(checksum(b"hello"), checksum(bytes(range(256))))
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), hex(adler32(b"Wikipedia")))
def crc32(data):
    crc = 0xFFFFFFFF
    for x in data:
        crc ^= x
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
print(hex(crc32(b"The quick brown fox jumps over the lazy dog")))
b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        chars = [b64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        chars = chars[:len(chunk) + 1] + ["="] * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    print(s, b64encode(s))
