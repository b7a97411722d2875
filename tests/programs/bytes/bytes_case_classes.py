for b in [b"abc", b"ABC", b"Abc", b"123", b"a1", b"", b" \t", b"Hello World", b"\xe9"]:
    print(repr(b), b.isalpha(), b.isdigit(), b.isalnum(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii())
print(b"hello WORLD".swapcase(), b"hello world".capitalize(), b"\xe9abc".upper())
