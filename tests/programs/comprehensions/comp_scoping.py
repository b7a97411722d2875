x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
class C:
    a = 3
    b = [a * 2 for _ in range(1)] if False else None
    items = [1, 2, 3]
    squares = [i * i for i in items]
print(C.squares)
try:
    class D:
        n = 2
        vals = [n * i for i in range(3)]
except NameError as e:
    print("NameError", e)
def g():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(g())
print([(lambda v=v: v)() for v in range(3)])
print([w := v * 2 for v in range(3)], w)
for i in range(2):
    pass
print([i for i in "ab"], i)
