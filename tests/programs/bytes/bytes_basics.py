b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2])
print(list(b[:5]), bytes([104, 105]), bytes(3), bytes(range(65, 70)), bytes("é", "utf-8"))
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(b + b"!", b * 2, b"o" in b, 111 in b, b.startswith(b"he"), b.endswith(b"ld"))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"\x00\x01".hex())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), str(b))
print(repr(b"\x00\t\n\r\\'\x7f\x80\xff"), repr(b'"'), repr(b"'\""))
print(b"a" < b"b", b"abc" == b"abc", b"abc" == "abc", b"ab" < b"abc")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b + "x"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
print(b"%s and %d and %x" % (b"bytes", 42, 255), b"%5s|" % b"ab", b"%c" % 65)
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower())
print(b"  strip  ".strip(), b"xxaxx".strip(b"x"), b"a,b,c".split(b","), b"-".join([b"a", b"b"]))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"abc".ljust(5, b"."), b"ab".rjust(4))
