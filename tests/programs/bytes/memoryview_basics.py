data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]), mv.tobytes(), mv.tolist()[:3])
mv[0] = ord("A")
print(data)
mv[1:3] = b"BC"
print(data, mv.readonly, memoryview(b"x").readonly)
sub = mv[4:]
sub[0] = ord("E")
print(data, bytes(sub), sub.nbytes)
print(mv.format, mv.itemsize, mv.ndim, mv.shape)
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print("TypeError", e)
print(mv == b"ABCdEfgh", bytes(mv[::2]))
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
