def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
def cycle(seq):
    while True:
        yield from seq
c = cycle("abc")
print("".join(next(c) for _ in range(10)))
def count(start=0, step=1):
    while True:
        yield start
        start += step
print([x for x, _ in zip(count(10, 5), range(5))])
def repeat(v, n=None):
    i = 0
    while n is None or i < n:
        yield v
        i += 1
print(list(repeat("x", 3)))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:20], len(list(collatz(27))))
