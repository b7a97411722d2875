def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)), sum(squares(100)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())))
print(type(squares(1)).__name__, squares.__name__)
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")
c = countdown(3)
print("created, nothing printed yet")
for v in c:
    print("value", v)
def alternate(a, b):
    for x, y in zip(a, b):
        yield x
        yield y
print(list(alternate("abc", "123")))
