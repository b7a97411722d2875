texts = ["ascii", "café", "日本", "😀", "mixed é 日 😀", ""]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    print(repr(t), u8, len(u8), u16.hex(), u8.decode("utf-8") == t)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
print("abc".encode("ascii"), b"abc".decode("ascii"))
for enc in ["ascii", "latin-1"]:
    try:
        "日".encode(enc)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
try:
    b"\xe6\x97".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print(b"\xe6\x97abc".decode("utf-8", "replace"), b"a\x80b".decode("ascii", "ignore"))
print(b"a\x80b".decode("ascii", "backslashreplace"), b"a\x80b".decode("latin-1"))
print(b"\xef\xbb\xbfhi".decode("utf-8"), b"\xef\xbb\xbfhi".decode("utf-8-sig"))
