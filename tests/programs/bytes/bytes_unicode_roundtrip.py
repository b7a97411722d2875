samples = ["", "a", "é", "ñandú", "Ελληνικά", "中文字符", "🎉🐍", "\x00\x7f", "tab\tend"]
for s in samples:
    for enc in ("utf-8", "utf-16", "utf-32", "utf-16-be"):
        b = s.encode(enc)
        assert b.decode(enc) == s
    print(repr(s), len(s), len(s.encode()), len(s.encode("utf-16-le")), s.encode("utf-8").hex(" "))
print(len("🎉".encode("utf-16-le")), "🎉".encode("utf-16-le"))
print(b"\xf0\x9f\x8e\x89".decode(), bytes([0xe2, 0x82, 0xac]).decode())
for bad in [b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, e.reason, e.start, e.end)
