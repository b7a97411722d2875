def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in [0, 1, 5, 255, 1023, 2**40 - 1, 123456789]:
    print(n, bin(n), popcount(n), n.bit_count(), n & -n, n ^ (n >> 1))
print(-5 & 0xFF, -5 | 0, -5 ^ -1, ~0, ~-6)
print(1 << 0, 1 << 63, 1 << 64, (1 << 64) - 1, -1 << 3)
print(12345 >> 3, -12345 >> 3, 12345 >> 100, -12345 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
mask = 0
for bit in [0, 3, 5, 64, 100]:
    mask |= 1 << bit
print(mask, [b for b in range(101) if mask >> b & 1])
