s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(b), len(s))
print(b.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", errors="replace"))
print(s.encode("ascii", errors="backslashreplace"), s.encode("ascii", errors="xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff abc".decode("utf-8", errors="replace"), b"\xff abc".decode("utf-8", errors="ignore"))
print("abc".encode(), "€".encode("utf-16-le"), "A".encode("utf-32-be"))
print(str(b"abc", "ascii"), str(bytearray(b"xyz"), "utf-8"))
print(len("\U0001F600".encode()), "\U0001F600".encode("utf-8"))
