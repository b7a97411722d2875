# throw() into a generator delegating with `yield from` whose delegate
# handles the exception and returns at once, and throw() at plain yields
# inside try blocks (the frame's stack at the yield must stay balanced).
def inner():
    try:
        yield "inner"
    except KeyError as e:
        print("inner handled", e)
    return "inner result"


def outer():
    x = 5
    r = yield from inner()
    print("outer got", r, x)
    y = yield "outer"
    print("outer sent", y)
    return "outer done"


g = outer()
print(next(g))
print(g.throw(KeyError("deep")))
try:
    g.send("hello")
except StopIteration as e:
    print("stopped", e.value)


def plain():
    total = 0
    while True:
        try:
            v = yield total
            total += v
        except ValueError as e:
            print("plain handled", e)
            total = -total


p = plain()
print(next(p), p.send(3), p.throw(ValueError("flip")), p.send(10))


def chain(depth):
    if depth == 0:
        try:
            yield "bottom"
        except KeyError:
            return "bottom caught"
    else:
        got = yield from chain(depth - 1)
        print("level", depth, "got", got)
        return got


c = chain(3)
print(next(c))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("chain stopped", e.value)
