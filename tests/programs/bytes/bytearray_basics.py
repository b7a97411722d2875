ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" yes")
print(ba)
ba += b"!!"
print(ba)
del ba[0:2]
print(ba)
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba.reverse()
print(ba)
print(ba.find(b"X"), ba.count(b"!"), ba.upper(), bytes(ba))
ba2 = bytearray(5)
print(ba2, bytearray(range(3)), bytearray("abc", "ascii"))
ba2[::2] = b"abc"
print(ba2)
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    ba2.remove(99)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
c = ba.copy()
c.clear()
print(c, len(ba) > 0, bytearray(b"ab") == b"ab", bytearray(b"x") * 3)
print(ba.hex(), bytearray.fromhex("0102ff"))
