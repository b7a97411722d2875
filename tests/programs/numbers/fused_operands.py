# Operators on locals and constants read in place (fused instructions):
# results, reflected and in-place dunders, and where errors are reported.
import sys


def arith(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a << 1 if isinstance(a, int) else a


print(arith(7, 3))
print(arith(7.5, 2))
print(arith(-7, 2))
print(arith(2**62, 2**62))


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other * 100 + self.x)

    def __iadd__(self, other):
        self.x += 1000
        return self

    def __repr__(self):
        return f"V({self.x})"


def objects(a, b):
    c = a + b
    d = 5 + a
    e = a + 5
    a += b
    return c, d, e, a


print(objects(V(1), V(2)))


def line_of(exc):
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_lineno


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def unbound_first(flag):
    if flag:
        a = 1
    return a - 3


def bad_operands(a, b):
    x = 0
    return (x,
            a
            + b)


for f, args in [(unbound_second, (False,)), (unbound_first, (False,)), (bad_operands, (1, "s")),
                (bad_operands, ([1], (2,)))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e, "line", line_of(e))


def loop_total(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2
        i = i + 1
    for j in range(n):
        total = total - j
    return total


print(loop_total(1000))


def div(a, b):
    return a / b


try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, "line", line_of(e))
print(sys.version_info >= (3, 14))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < (other.v if isinstance(other, Cmp) else other))


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        if self.t is None:
            raise ValueError("no truth")
        return self.t


def compare_locals(a, b):
    if a < b:
        return "lt"
    return "ge"


def compare_const(a):
    if a < 10:
        return "small"
    return "big"


print(compare_locals(1, 2), compare_locals(2.5, 1), compare_locals("a", "b"))
print(compare_const(3), compare_const(30.5), compare_const(Cmp(4)), compare_const(Cmp(40)))
print(compare_locals(Cmp(1), Cmp(2)), compare_locals(Cmp(3), 2))


def compare_unbound(flag):
    if flag:
        b = 1
    if 1 < b:
        return 1
    return 0


for f, args in [(compare_locals, (1, "x")), (compare_const, (None,)), (compare_unbound, (False,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e, "line", line_of(e))
class NoTruth:
    def __lt__(self, other):
        return Truthy(None)


try:
    compare_const(NoTruth())
except ValueError as e:
    print("ValueError", e, "line", line_of(e))


def subscripts(seq, key):
    return seq[0], seq[-1], seq[key], seq[1:][0]


print(subscripts([1, 2, 3], 1), subscripts((4, 5, 6), -2), subscripts("xyz", 2))
print(subscripts({0: "a", -1: "b", "k": "c", 1: "d"}, "k") if False else None)
for args in [([], 0), ([1], 5), ({0: 1, -1: 2}, "missing"), (5, 0), ([1, 2], "s")]:
    try:
        print(subscripts(*args))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e, "line", line_of(e))


def subscript_unbound(flag):
    if flag:
        k = 0
    seq = [1]
    return seq[k]


try:
    subscript_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, "line", line_of(e))
