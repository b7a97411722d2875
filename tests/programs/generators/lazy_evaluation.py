def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
print(list(takewhile(lambda x: x < 1000, fib())))
print(list(dropwhile(lambda x: x < 5, [1, 3, 5, 2, 7])))
print(sum(takewhile(lambda x: x < 4_000_000, (f for f in fib() if f % 2 == 0))))
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
print(list(islice(fib(), 50, 55)))
def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        x, y = next(ia, fill), next(ib, fill)
        if x is fill and y is fill:
            return
        yield x, y
print(list(zip_longest("abc", [1])))
