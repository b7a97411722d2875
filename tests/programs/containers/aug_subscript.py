# Augmented assignments to subscripts: x[i] op= y on lists, dicts and
# classes with their own __getitem__/__setitem__, and where errors land.


def line_of(exc):
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_lineno


def bump(seq, key, by):
    seq[key] += by
    seq[key] *= 2
    return seq


print(bump([1, 2, 3], 1, 5), bump({"a": 1}, "a", 2), bump([1.5], -1, 0.25))


class Logged:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v


log = Logged()
bump(log, "x", 3)
print(log.data)
for args in [([1], 5, 1), ({}, "k", 1), ((1, 2), 0, 1), ([1], 0, "s")]:
    try:
        bump(*args)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e, "line", line_of(e))


class NoSet:
    def __getitem__(self, k):
        return 1


try:
    bump(NoSet(), 0, 1)
except TypeError as e:
    print("TypeError", e, "line", line_of(e))


def matrix():
    m = [[0] * 3 for _ in range(3)]
    for i in range(3):
        for j in range(3):
            m[i][j] += i * j
            m[i][j] -= 1
    return m


print(matrix())
