for a, b in [(17, 5), (-17, 5), (17, -5), (17.5, 5), (-0.5, 2), (10**20 + 7, 10**10)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, 0.5), pow(2, -1), pow(-2, 3), pow(5, 3, 13), pow(7, -1, 10), pow(0, 0))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e15 + 0.5]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123456, -3), round(5, 2), type(round(5.0)), type(round(5.0, 1)))
print(round(-0.0), round(0.4999999999999999), round(1.23456789e-5, 7))
