print(b"%d-%i-%u" % (1, 2, 3))
print(b"%s" % b"bytes", b"%s" % bytearray(b"ba"), b"%b" % memoryview(b"mv"))
print(b"%x %X %o %e %f %g" % (255, 255, 8, 1.5, 2.25, 3.0))
print(b"%5d|%-5d|%05d" % (7, 7, 7))
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 5})
print(b"%c%c" % (104, b"i"))
print(b"%a" % "é", b"%r" % "x")
print(b"100%%")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
try:
    b"%d" % b"x"
except TypeError as e:
    print("TypeError", e)
print(b"{} not formatted".replace(b"{}", b"was"))
