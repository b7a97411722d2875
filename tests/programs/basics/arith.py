# Unpacking into three (and two) locals, as the eval loop's fused
# instructions do it, and the two-item tuples of enumerate and dict.items.


class T(tuple):
    pass


def gen(n):
    for i in range(n):
        yield i * 10


def triples():
    a, b, c = (1, 2, 3)
    print(a, b, c)
    a, b, c = [4, 5, 6]
    print(a, b, c)
    a, b, c = T((7, 8, 9))
    print(a, b, c)
    a, b, c = "xyz"
    print(a, b, c)
    a, b, c = range(3)
    print(a, b, c)
    a, b, c = gen(3)
    print(a, b, c)
    a, b, c = {"k": 1, "l": 2, "m": 3}
    print(a, b, c)
    # A name stored twice keeps the last item.
    a, a, c = (1, 2, 3)
    print(a, c)
    for x, y, z in [(1, 2, 3), [4, 5, 6], "abc"]:
        print(x, y, z)
    a, b, c = b, c, a
    print("rotated", a, b, c)


def wrong(seq):
    p = q = r = "unset"
    try:
        p, q, r = seq
    except Exception as e:
        print(type(e).__name__, e)
    print(p, q, r)


def pairs():
    a, b = [1, 2]
    print(a, b)
    a, b = T((3, 4))
    print(a, b)
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print(e)


def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
    u, v, w = 1, 2, 3
    print(u, v, w)


def enumerated():
    for i, x in enumerate("ab"):
        print(i, x, type((i, x)).__name__)
    e = enumerate([10, 20], start=2**63 - 2)
    print(list(e))
    e = enumerate("q", 5)
    t = next(e)
    print(t, type(t), len(t), t[0], t[-1], hash(t) == hash((5, "q")))
    d = {"one": 1, "two": 2, (3,): [3]}
    for k, v in d.items():
        print(k, v)
    items = list(d.items())
    print(items, items[0] == ("one", 1), items[1] < ("two", 3))
    print(d.popitem(), d)


triples()
wrong((1, 2))
wrong([1, 2, 3, 4])
wrong("ab")
wrong(iter([1]))
wrong(5)
wrong(T((1, 2, 3, 4)))
wrong(None)
pairs()
unbound()
enumerated()
