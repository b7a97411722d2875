ba = bytearray(b"  Mixed Case Data  ")
print(ba.strip(), ba.lower(), ba.upper(), ba.split(), type(ba.strip()).__name__)
print(ba.replace(b" ", b"_"), ba.find(b"Case"), ba.count(b"a"))
ba2 = bytearray(b"abc")
ba2.extend([100, 101])
ba2.extend(bytearray(b"f"))
print(ba2, ba2.index(b"c"), ba2.startswith(b"ab"))
try:
    ba2.extend([1000])
except ValueError as e:
    print("ValueError", e)
try:
    ba2.extend(5)
except TypeError as e:
    print("TypeError", e)
ba2 *= 2
print(ba2, len(ba2))
print(bytearray(b"a,b").split(b","), bytearray(b"x").join([b"1", b"2"]))
print(bytearray(b"hello").decode(), bytearray(b"hi").hex(), list(bytearray(b"AZ")))
ba3 = bytearray(b"0123456789")
ba3[2:8:2] = b"___"
print(ba3)
print(ba3 == bytearray(b"01_3_5_789"), ba3.isdigit())
