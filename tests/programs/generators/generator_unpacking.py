def three():
    yield "a"
    yield "b"
    yield "c"
x, y, z = three()
print(x, y, z)
first, *rest = three()
print(first, rest)
print(*three(), sep="-")
print([*three(), *three()])
try:
    a, b = three()
except ValueError as e:
    print("ValueError", e)
d = dict(zip(three(), range(3)))
print(d)
print(tuple(three()), set(three()) == {"a", "b", "c"}, "b" in three(), list(enumerate(three())))
