a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = (1, 2)
print(a, mid, z)
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
x, (y, *zs) = 1, [2, 3, 4]
print(x, y, zs)
print([*range(3), *"ab"], (*[1], 2))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *[2, 3]} == {1, 2, 3})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
