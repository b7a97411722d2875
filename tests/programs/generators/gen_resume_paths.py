"""Resuming generators from for loops, yield from chains and native code:
send/throw/close while a for loop drives the generator, re-entry, return
values, PEP 479, the handled exception a generator sees, coroutines."""
import sys


def counter(n):
    i = 0
    while i < n:
        got = yield i
        i = i + 1 if got is None else got
    return "counted"


# send() and throw() on the generator a for loop is driving.
g = counter(10)
seen = []
for x in g:
    seen.append(x)
    if x == 2:
        seen.append(g.send(7))
print(seen)


def catcher():
    i = 0
    while True:
        try:
            yield i
        except KeyError as e:
            yield "caught " + e.args[0]
        except GeneratorExit:
            print("catcher closing")
            raise
        i += 1


g = catcher()
out = []
for x in g:
    out.append(x)
    if x == 1:
        out.append(g.throw(KeyError("k")))
    if x == 3:
        g.close()
print(out, g.gi_frame, g.gi_suspended)

# An exception thrown in and not caught ends the for loop's generator.
g = counter(5)
for x in g:
    if x == 1:
        try:
            g.throw(ValueError("stop"))
        except ValueError as e:
            print("thrown out:", e)
print("after", x, next(g, "exhausted"))


# Return values: StopIteration.value, yield from, send.
def inner(tag):
    v = yield tag + "-1"
    w = yield tag + "-2:" + str(v)
    return (tag, v, w)


def middle():
    r = yield from inner("a")
    s = yield from inner("b")
    return [r, s]


def outer():
    result = yield from middle()
    yield "outer got " + repr(result)
    return "outer done"


g = outer()
print(next(g), g.send(1), g.send(2), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(middle()))
try:
    next(counter(0))
except StopIteration as e:
    print("empty:", repr(e.value))


# throw() passes down a yield from chain; what the innermost raises comes back up.
def leaf():
    try:
        yield "leaf"
    except ZeroDivisionError:
        yield "leaf handled"
    yield "leaf end"


def chain(depth):
    if depth == 0:
        return (yield from leaf())
    return (yield from chain(depth - 1))


g = chain(20)
print(next(g), g.throw(ZeroDivisionError), next(g), g.gi_yieldfrom is not None)
try:
    g.throw(IndexError("deep"))
except IndexError as e:
    print("came back up:", e, g.gi_suspended, g.gi_frame)
print(sum(1 for _ in chain(50)), list(chain(3)))


# Re-entering a running generator, from itself and from its delegate.
def reenter():
    try:
        next(me)
    except ValueError as e:
        yield "self: " + str(e)
    yield "running: " + str(me.gi_running)
    try:
        me.send(None)
    except ValueError as e:
        yield "send: " + str(e)


me = reenter()
print(list(me), me.gi_running)


def delegate_back():
    try:
        next(top)
    except ValueError as e:
        yield "from the delegate: " + str(e)


def top_gen():
    yield from delegate_back()


top = top_gen()
for msg in top:
    print(msg)


def self_closing():
    try:
        me2.close()
    except ValueError as e:
        yield "close: " + str(e)
    try:
        me2.throw(KeyError)
    except ValueError as e:
        yield "throw: " + str(e)


me2 = self_closing()
print(list(me2))


# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaky():
    yield 1
    next(iter(()))
    yield 2


try:
    for v in leaky():
        print("leaky", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def leaky_from():
    yield from leaky()


try:
    print(list(leaky_from()))
except RuntimeError as e:
    print("through yield from:", e)


# The exception a generator sees as handled: its own, else its caller's.
def watcher():
    yield repr(sys.exception())
    try:
        raise ValueError("inside")
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())
    raise TypeError("from the generator")


w = watcher()
try:
    raise KeyError("outer")
except KeyError:
    print(next(w))
    print(next(w))
    print(next(w), repr(sys.exception()))
print(next(w), repr(sys.exception()))
try:
    raise KeyError("outer2")
except KeyError:
    try:
        next(w)
    except TypeError as e:
        print(repr(e), "context", repr(e.__context__))
    print(repr(sys.exception()))
print(repr(sys.exception()))


def sees():
    yield repr(sys.exception())
    yield repr(sys.exception())


try:
    raise OSError("for loop")
except OSError:
    print([x for x in sees()], list(sees()), list(x for x in sees()))


def reraiser():
    try:
        yield
        raise
    except RuntimeError as e:
        yield "no active exception: " + str(e)


r = reraiser()
next(r)
try:
    raise LookupError("caller's")
except LookupError:
    try:
        r.send(None)
    except LookupError as e:
        print("bare raise in a generator re-raised", repr(e))


# Not yet started, finished, and just-started states.
g = counter(3)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
try:
    g.send("x")
except TypeError as e:
    print(e)
print(next(g), g.gi_suspended, g.gi_frame is not None)
g.close()
print(g.gi_suspended, g.gi_frame, next(g, "closed"))
g = counter(3)
try:
    g.throw(OSError("before start"))
except OSError as e:
    print("thrown before start:", e, g.gi_frame, next(g, "finished"))


# Coroutines driven by send(), await chains and their return values.
class Ticket:
    def __await__(self):
        v = yield "ticket"
        return (v or 0) * 2


async def leaf_co(n):
    a = await Ticket()
    return a + n


async def top_co():
    total = 0
    for i in range(3):
        total += await leaf_co(i)
    return total


c = top_co()
steps = [c.send(None)]
try:
    while True:
        steps.append(c.send(len(steps)))
except StopIteration as e:
    print(steps, "returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)


async def agen():
    for i in range(3):
        yield i
        await Ticket()


a = agen()
got = []
try:
    while True:
        it = a.__anext__()
        try:
            while True:
                it.send(None)
        except StopIteration as e:
            got.append(e.value)
except StopAsyncIteration:
    pass
print("async generator:", got)
