# Values, returns and exceptions passing through chains of `yield from`
# generators: what the delegating generators see, and their state.
import sys


def leaf(n, ret=None):
    for i in range(n):
        got = yield i
        if got is not None:
            print("leaf got", got)
    return ret


def middle(n, ret):
    r = yield from leaf(n, ret)
    print("middle: leaf returned", r)
    r2 = yield from leaf(1)
    print("middle: second leaf returned", r2)
    return r, r2


def top():
    r = yield from middle(2, "R")
    print("top: middle returned", r)
    yield "last"


print(list(top()))

g = top()
print(next(g), g.send("s1"), g.send("s2"), g.send(None), next(g, "end"), next(g, "end"))


def in_order(node):
    if node is not None:
        left, key, right = node
        yield from in_order(left)
        yield key
        yield from in_order(right)


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (tree(lo, mid), mid, tree(mid + 1, hi))


print(list(in_order(tree(0, 40))) == list(range(40)), sum(in_order(tree(0, 100))))


# An exception from the innermost generator, caught at each level.
def raiser():
    yield 1
    raise KeyError("deep")


def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        print("catcher caught", repr(e), repr(sys.exception()))
        yield "recovered"
    yield "after"


def outer():
    x = yield from catcher()
    print("outer got", x)


print(list(outer()))


def passes():
    yield from raiser()


def catches_outside():
    try:
        yield from passes()
    finally:
        print("finally in catches_outside")


try:
    for v in catches_outside():
        print("item", v)
except KeyError as e:
    print("KeyError reached the loop", e)


# Exceptions handled around the delegation stay visible inside.
def show():
    yield repr(sys.exception())
    yield repr(sys.exception())


def handling():
    try:
        raise ValueError("outer handling")
    except ValueError:
        yield from show()
    yield from show()


print(list(handling()))
try:
    raise IndexError("caller")
except IndexError:
    print(list(handling()), list(show()))


# State of the delegating generators while the innermost runs.
def inspector():
    yield (chain_top.gi_running, chain_mid.gi_running)
    yield chain_mid.gi_yieldfrom is not None
    try:
        next(chain_top)
    except ValueError as e:
        yield f"ValueError {e}"


def mid():
    yield from inspector()


def topper():
    yield from chain_mid


chain_mid = mid()
chain_top = topper()
print(list(chain_top), chain_top.gi_running, chain_top.gi_yieldfrom)


# The delegate iterated from elsewhere between resumptions.
shared = leaf(5)


def over_shared():
    yield from shared


o = over_shared()
print(next(o), next(shared), next(o), next(shared), list(o), list(shared))


# throw() and close() through a chain.
def noisy(tag):
    try:
        yield f"{tag}1"
        yield f"{tag}2"
    except ZeroDivisionError:
        print(tag, "caught ZeroDivisionError")
        yield f"{tag}-caught"
    finally:
        print(tag, "finally")


def chain2():
    yield from noisy("a")
    yield "chain2-end"


c = chain2()
print(next(c), c.throw(ZeroDivisionError), next(c))
c.close()
c = chain2()
print(next(c), next(c))
c.close()
print(c.gi_frame)


# Returning a value other than None from the delegate, and non-generator
# delegates.
def valued():
    yield 1
    return [1, 2]


def use_valued():
    r = yield from valued()
    yield r
    r = yield from iter([7, 8])
    yield r
    r = yield from range(2)
    yield r


print(list(use_valued()))


# StopIteration values: a delegate returning a StopIteration instance or a tuple.
def odd_return():
    yield 0
    return StopIteration("inner")


def get_odd():
    r = yield from odd_return()
    yield repr(r)


print(list(get_odd()))


# A deep chain reaching the recursion limit.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(100)))
try:
    list(deep(5000))
except RecursionError as e:
    print("RecursionError", e)
