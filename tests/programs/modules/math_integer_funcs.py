import math
for n in [0, 1, 2, 15, 16, 17, 10**12, 10**30 + 1]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
print([math.factorial(i) for i in range(12)])
print(math.factorial(100) == math.prod(range(1, 101)))
print(len(str(math.factorial(1000))))
print([math.comb(8, k) for k in range(9)], sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
print([math.perm(6, k) for k in range(7)])
print(math.gcd(2**64, 6**30), math.lcm(*range(1, 21)), math.gcd(-12, 8), math.lcm(-4, 6), math.lcm(0, 5))
print(math.gcd(10**50, 10**40 * 3), math.prod(range(1, 21)) // math.lcm(*range(1, 21)))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(7), math.ceil(10**30), math.trunc(10**30))
