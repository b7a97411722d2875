data = b"key1=val1;key2=val2;;key3=val3;"
parts = [p for p in data.split(b";") if p]
print(parts)
pairs = dict(p.split(b"=", 1) for p in parts)
print(pairs)
print(data.count(b"="), data.find(b"key2"), data.rfind(b"key"), data.index(b"val3"))
print(data.split(b";", 2), data.rsplit(b";", 2), data.partition(b"="), data.rpartition(b"="))
print(b"a b  c".split(), b"a b  c".split(b" "), b"  x  ".split(None, 0))
print(b"\tindent\n".strip(), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"x"))
print(b"hello world".startswith(b"world", 6), b"hello".endswith((b"lo", b"zz")))
print(bytes(reversed(b"abc")), b"abc"[::-1] == bytes(reversed(b"abc")))
