# A generator's run state through its life: resumed while running (from
# itself, by next, send and throw), read while suspended, refused sends and
# throws before it starts, closes in every state.


def selfish():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        yield "next: " + str(e)
    try:
        g.send(1)
    except ValueError as e:
        yield "send: " + str(e)
    try:
        g.throw(KeyError("k"))
    except ValueError as e:
        yield "throw: " + str(e)
    yield g.gi_suspended


g = selfish()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
for item in g:
    print(item, g.gi_running, g.gi_suspended)
print(g.gi_running, g.gi_suspended, g.gi_frame)


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    yield r


o = outer()
print(o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_suspended)
print(next(o), next(o), o.gi_yieldfrom)
print(next(o, "end"), o.gi_suspended)


def started():
    x = yield "first"
    yield x


s = started()
try:
    s.send(5)
except TypeError as e:
    print("TypeError:", e)
print(s.gi_suspended, next(s), s.gi_suspended, s.send(7), next(s, "end"))

t = started()
try:
    t.throw(KeyError("before"))
except KeyError as e:
    print("KeyError", e, t.gi_frame, next(t, "end"))

c = started()
print(c.close(), c.gi_frame, next(c, "closed"))
c = started()
next(c)
print(c.close(), c.gi_suspended, next(c, "closed"))
print(c.close())


class Cell:
    def __init__(self, gen):
        self.gen = gen


def uses_cell(cell):
    try:
        yield next(cell.gen)
    except ValueError as e:
        yield str(e)


cell = Cell(None)
cell.gen = uses_cell(cell)
print(list(cell.gen))


def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)


k = catcher()
next(k)
k.throw(ValueError("one"))
k.throw(ValueError("two"))
print(k.gi_suspended, k.close(), k.gi_suspended)

total = 0
for _ in range(3):
    total += sum(x for x in range(10) if x % 2)
gen_in_gen = (sum(y for y in range(x)) for x in range(5))
print(total, list(gen_in_gen))
