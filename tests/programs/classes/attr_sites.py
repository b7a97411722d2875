# Attribute sites whose answers change between runs of the same instruction:
# class attributes replaced, instance attributes shadowing methods, methods
# reassigned, properties swapped, __getattr__ fallbacks, slots and deletions.


class A:
    K = 1

    def m(self):
        return "A.m"

    @property
    def p(self):
        return "A.p"


class B(A):
    def m(self):
        return "B.m"


def read_k(o):
    return o.K


def call_m(o):
    return o.m()


def read_p(o):
    return o.p


def read_v(o):
    return o.v


def store_v(o, x):
    o.v = x


a, b = A(), B()
out = []
for step in range(6):
    if step == 1:
        A.K = 2
    if step == 2:
        a.K = "instance"
    if step == 3:
        del a.K
        B.K = "B"
    if step == 4:
        a.m = lambda: "shadow"
        A.p = property(lambda self: "new p")
    if step == 5:
        del a.m
        A.m = lambda self: "A.m2"
    out.append((read_k(a), read_k(b), call_m(a), call_m(b), read_p(a), read_p(b)))
for row in out:
    print(row)


class G:
    def __getattr__(self, name):
        return "getattr:" + name


g = G()
for step in range(3):
    if step == 1:
        g.v = "own"
    if step == 2:
        del g.v
    print(read_v(g))


class S:
    __slots__ = ("v",)


s = S()
for step in range(3):
    try:
        store_v(s, step)
        print(read_v(s))
    except AttributeError as e:
        print("AttributeError", e)
    if step == 1:
        del s.v
        try:
            read_v(s)
        except AttributeError as e:
            print("AttributeError", e)


class D:
    pass


d = D()
for step in range(4):
    if step == 2:
        D.v = property(lambda self: "data descriptor wins")
    if step == 3:
        D.v = property(lambda self: "getter", lambda self, x: print("setter", x))
    try:
        store_v(d, step)
    except AttributeError as e:
        print("AttributeError", e)
    print(read_v(d), d.__dict__)


class E:
    def __init__(self):
        self.x = 0

    def bump(self):
        self.x += 1
        return self.x


objs = [E() for _ in range(3)]
for o in objs * 3:
    o.bump()
print([o.x for o in objs])
for o in objs:
    o.__dict__.clear()
    o.__dict__["x"] = 10
print([o.bump() for o in objs])
