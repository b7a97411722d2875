g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max((len(s), s) for s in ["aa", "b", "ccc"]))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
n = 3
g2 = (i for i in range(n))
n = 10
print(list(g2))
def first(it, default=None):
    return next(iter(it), default)
print(first(x for x in range(10) if x > 5), first((x for x in [] if x), "none"))
g3 = ((i, j) for i in range(2) for j in range(2))
print(list(g3))
print(sorted(x % 3 for x in range(10)), "".join(c for c in "a1b2c3" if c.isalpha()))
