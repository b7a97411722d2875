# Calls whose last argument is a local, returns of a local, paired stores,
# and built-in functions called with positional arguments in place.


def line_of(exc):
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_lineno


def ident(x):
    return x


def pair(a, b):
    b, a = a, b
    return a


def calls(n):
    total = 0
    for i in range(n):
        total += ident(i)
        total += pair(i, n)
    return total


print(calls(10), pair(1, 2), ident("s"))


def unbound_arg(flag):
    if flag:
        x = 1
    return ident(x)


def unbound_return(flag):
    if flag:
        y = 2
    return y


for f in (unbound_arg, unbound_return):
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e, "line", line_of(e))


def builtins(seq):
    n = len(seq)
    m = max(seq)
    s = sorted(seq)
    r = repr(seq)
    return n, m, s, r, abs(-n), isinstance(seq, list), divmod(m, 3)


print(builtins([3, 1, 2]))
for bad in (5, None):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    int("x")
except ValueError as e:
    print("ValueError", e, "line", line_of(e))


def with_keywords(seq):
    return sorted(seq, reverse=True), max(seq, key=lambda v: -v), print(*seq, sep="-")


print(with_keywords([4, 5, 6]))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra):
        return self.v + extra


def methods(b, k):
    return b.get(k), getattr(b, "v"), hasattr(b, "w")


print(methods(Box(3), 4))


def swap_many(a, b, c):
    a, b = b, a
    c, a = a, c
    return a, b, c


print(swap_many(1, 2, 3))


def add_return(a, b):
    return a + b


def div_return(a, b):
    return a / b


print(add_return(1, 2), add_return("a", "b"), add_return([1], [2]), add_return(2**70, 1))
for f, args in [(add_return, (1, "x")), (add_return, (None, 1)), (div_return, (1, 0))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e, "line", line_of(e))


def method_on_unbound(flag):
    if flag:
        s = "x"
    return s.upper()


def store_on_unbound(flag):
    if flag:
        b = Box(1)
    b.v = 2


for f in (method_on_unbound, store_on_unbound):
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e, "line", line_of(e))
print(method_on_unbound(True))
