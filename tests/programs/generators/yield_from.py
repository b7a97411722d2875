def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner got", got)
    return f"inner done {n}"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
out = list(g)
print(out)
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], [[5]]], 6])))
def delegating():
    try:
        yield from catcher()
    finally:
        print("delegating finally")
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("catcher caught", e)
d = delegating()
next(d)
print(d.throw(ValueError("through yield from")))
d.close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(3), "xy", (None,))))
def gen_ret():
    x = yield from ()
    return x
try:
    next(gen_ret())
except StopIteration as e:
    print("empty yield from value", e.value)
