for b in [b"", b"\x00", b"\xff\x00\x7f", bytes(range(16)), "é€".encode()]:
    h = b.hex()
    print(repr(b), h, bytes.fromhex(h) == b, b.hex("-"), b.hex(":", 2) if len(b) > 2 else "")
print(bytes.fromhex("0A 0b\t0C\n"), bytearray.fromhex("ff ee"))
print(b"\x12\x34\x56\x78".hex(" ", -2), b"\x12\x34\x56\x78".hex("_", 3))
for bad in ["0", "zz", "0 0"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(int(b"\x01\x02".hex(), 16), hex(int.from_bytes(b"\x01\x02", "big")))
