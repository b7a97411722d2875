b = bytes(range(20))
print(b[5], b[5:10], b[-3:], b[::5], b[15:5:-3], b[100:], b[:0])
ba = bytearray(range(10))
ba[2:5] = b""
print(list(ba))
ba[0:0] = b"\xff\xfe"
print(list(ba))
ba[::3] = bytes(len(ba[::3]))
print(list(ba))
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
del ba[::2]
print(list(ba))
ba[-1] = 99
ba[-2:] = [1, 2, 3]
print(list(ba))
print(ba[1:3] + b"x", b"xyz"[1:] * 2)
