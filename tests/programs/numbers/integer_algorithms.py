def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out
print(gcd(1071, 462), gcd(2**100, 6**50), gcd(0, 5))
print(isqrt(10**40), isqrt(2 * 10**30), isqrt(99))
for b in (2, 3, 7, 16, 36):
    print(b, to_base(123456789, b), int(to_base(123456789, b), b))
def digits_of_e(n):
    # spigot-ish via big ints
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(digits_of_e(60))
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(50))
print(sum(int(d) for d in str(2 ** 1000)))
