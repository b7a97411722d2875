x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0100; print(n)
n ^= 0b1111; print(n)
n <<= 10; print(n)
n >>= 3; print(n)
big = 1
for i in range(10):
    big *= 1000003
print(big)
c = 1j
c *= c; print(c)
c += 2.5; print(c)
