a = 1
b = a
a += 2
print(a, b)
x, y = 10, 20
x, y = y, x
print(x, y)
p = q = r = [0]
p.append(1)
print(p, q, r, p is q)
s = "abc"
t = s
s += "d"
print(s, t)
n = None
print(n is None, n == None)
i = 0
i -= 5
i *= -3
i //= 2
i **= 2
i %= 50
print(i)
f = 7
f /= 2
print(f)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0110
bits <<= 3
bits >>= 1
print(bits)
