a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567, b % 12345678901234567)
print(-a // 7, -a % 7)
print(divmod(-b, 10**20))
print(a.bit_length(), b.bit_length())
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(2 ** 10000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
print(hex(2 ** 100 - 1), oct(2 ** 70), bin(2 ** 65 + 1))
print(int("9" * 50) + 1)
print((2 ** 128) >> 64, (2 ** 64) << 64 == 2 ** 128)
print((2**100 - 1) & (2**60 + 12345), (2**100) | 1, (2**100) ^ (2**100 - 1))
print(~(2 ** 70), -(2 ** 70) >> 3)
print(pow(2, 1000, 10**9 + 7), pow(3, 10**18, 1000000007))
print(10**30 == 10.0**30, 10**30 < 10.0**31, 2**53 + 1 == float(2**53 + 1))
print(float(2 ** 1000) > 1e300)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError", e)
print(abs(-(10 ** 40)), -(-(10**40)))
print(sum(range(10**6)), 10**6 * (10**6 - 1) // 2)
print(hash(2**100) == hash(2**100), hash(1) == hash(1.0), hash(-1), hash(2**61 - 1), hash(2**61))
