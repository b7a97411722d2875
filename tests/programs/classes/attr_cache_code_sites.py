# Attribute caches keyed by instruction address: code made and dropped in a
# loop (each with its own attribute name), sites run from nested eval loops
# (key functions, map), one site over several types, and stores, methods
# and super() calls at sites whose code is gone.


class P:
    def __init__(self, x):
        self.x = x
        self.y = -x

    def get(self):
        return self.x


class Q(P):
    __slots__ = ()

    def get(self):
        return super().get() * 10


def key_x(p):
    return p.x


def outer():
    ps = [P(3), P(1), P(2)]
    out = [[p.x for p in sorted(ps, key=key_x)]]
    for p in ps:
        p.x = -p.x
    out.append([p.x for p in sorted(ps, key=key_x)])
    out.append(list(map(P.get, ps)))
    out.append(sorted(ps, key=lambda p: p.get())[0].y)
    return out


print(outer())

# Code made and dropped again and again: each reads, stores and calls its
# own names at what may be the same addresses.
for i in range(300):
    ns = {"P": P, "Q": Q}
    src = (
        "class C%d(P):\n"
        "    def m%d(self):\n"
        "        return super().get() + %d\n"
        "def r(o):\n"
        "    o.a%d = %d\n"
        "    return o.a%d, o.m%d(), o.x\n" % (i, i, i, i, i, i, i)
    )
    exec(src, ns)
    cls = ns["C%d" % i]
    got = ns["r"](cls(i))
    if got != (i, 2 * i, i):
        print("wrong", i, got)
    del ns, cls
print("codes ok")


# One site, several types, the type changed under it.
def read_y(o):
    return o.y


class R:
    y = "class y"


objs = [P(1), Q(2), R(), P(4)]
print([read_y(o) for o in objs])
R.y = "changed"
del objs[1].y
try:
    read_y(objs[1])
except AttributeError as e:
    print("AttributeError", e)
P.y = property(lambda self: "property y")
print([read_y(o) for o in objs[::2]])
del P.y
print([read_y(o) for o in objs[::2]])
