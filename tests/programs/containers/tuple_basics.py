t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("abc"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index("two"), 3.0 in t)
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
mt = ([1], 2)
mt[0].append(3)
print(mt)
try:
    hash(mt)
except TypeError as e:
    print("TypeError", e)
print(type(()).__name__, tuple.__mro__)
x = 1, 2, 3
print(x, type(x).__name__)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (3, 0), (3, -1)]), min((5, 1), (5, 0)))
