# The ways a run of frames ends besides a generator's yield: a throw()
# handled or not, exceptions from calls nested in a generator's frame,
# __init__ frames returning non-None or being generators, and a bare
# function run from native code (sorted's key) returning and raising.


def inner(x):
    if x == 3:
        raise ValueError("inner %d" % x)
    return x * 10


def gen(n):
    for k in range(n):
        try:
            yield inner(k)
        except KeyError as e:
            yield "caught %r" % (e,)


g = gen(5)
print(next(g), next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e, e.__traceback__ is not None)
print(next(g, "finished"))

g = gen(5)
next(g)
try:
    g.throw(IndexError("not handled"))
except IndexError as e:
    print("IndexError", e)
print(list(g))


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError", e)


def made_in_gen():
    yield [1, sorted([3, 1, 2], key=lambda v: -v)]
    try:
        BadInit()
    except TypeError as e:
        yield "in gen: %s" % e
    yield sorted([3, 1, 2], key=lambda v: 1 // (v - 2))


try:
    for item in made_in_gen():
        print(item)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
