# sum() over generators: the generator's state between and after items,
# errors raised inside it, items that leave the native phases, and the
# generator resumed again afterwards.
import sys


def state(g):
    if g.gi_running:
        return "RUNNING"
    if g.gi_suspended:
        return "SUSPENDED"
    return "CLOSED" if g.gi_frame is None else "CREATED"


def gen(items):
    for x in items:
        yield x


g = gen([1, 2, 3])
print(sum(g), state(g))
print(sum(g), next(g, "done"))

g = gen([1, 2.5, 3, 4.25])
print(sum(g), state(g))

print(sum(gen([1, True, 2**70, 5])))
print(sum(gen([2**63 - 1, 1, 2])))
print(sum(gen([1.5, 2, 10**400 // 10**390])))
print(sum(gen([0.1] * 10)))
print(sum(gen([1, 2]), 10), sum(gen([1, 2]), 0.5))


def fails(n):
    yield 1
    if n:
        raise ValueError("inside")
    yield 2


g = fails(1)
try:
    sum(g)
except ValueError as e:
    print("ValueError", e, state(g))


def fresh():
    yield 5


g = fresh()
print(state(g), sum(g), state(g))


# An item that is not a number makes sum() add generically; Python code
# run for it may resume the generator itself.
class Resumer:
    def __init__(self, g):
        self.g = g

    def __radd__(self, other):
        got = next(self.g)
        print("radd", other, "resumed ->", got, state(self.g))
        return other + got


def mixed():
    yield 1
    yield 2
    yield holder[0]
    yield 10
    yield 20


holder = []
g = mixed()
holder.append(Resumer(g))
print(sum(g))


class FloatSub(float):
    pass


class IntSub(int):
    pass


def floats():
    yield 1.0
    yield IntSub(2)
    yield FloatSub(0.5)
    yield 3


g2 = floats()
print(sum(g2))


# A generator summing itself is already executing.
def selfish():
    yield 1
    yield sum(me)


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


# The exception being handled inside and around the generator.
def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())


try:
    raise IndexError("outer")
except IndexError:
    print(sum((len(s) for s in handled())), repr(sys.exception()))
print(sum(len(s) for s in handled()))


# Deep recursion through sum() of generators.
def nested(n):
    if n:
        yield sum(nested(n - 1)) + 1
    else:
        yield 0


print(sum(nested(50)))
try:
    sum(nested(10**5))
except RecursionError as e:
    print("RecursionError", e)

print(sum(x * x for x in range(10) if x % 3))
print(sum((x for x in ()), 7))
