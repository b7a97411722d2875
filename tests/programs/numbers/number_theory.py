def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [2, 12, 97, 360, 1001, 2**32 + 1, 600851475143]:
    print(n, factorize(n))
def totient(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([totient(n) for n in range(1, 21)])
def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(extended_gcd(240, 46), extended_gcd(17, 3120))
def is_probable_prime(n):
    if n < 2:
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(2**127 - 1))
