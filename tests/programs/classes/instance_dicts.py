"""Instance dicts made at their class's size: growth past the static
attributes, order, deletion and re-insertion, __dict__ semantics, and
cls() noticing a __new__ set on the class after instances were made."""


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Point4(Point):
    def __init__(self, x, y, z, w):
        super().__init__(x, y, z)
        self.w = w


p = Point(1, 2, 3)
print(vars(p), len(p.__dict__))
p.extra = "e"
p.more = [1]
print(list(p.__dict__), p.extra, p.more)
del p.y
print(list(p.__dict__), hasattr(p, "y"))
p.y = 20
print(list(p.__dict__.items()))
for name in ("a%d" % i for i in range(40)):
    setattr(p, name, len(name))
print(len(vars(p)), p.a39, list(vars(p))[:6])
for i in range(0, 40, 2):
    delattr(p, "a%d" % i)
print(len(vars(p)), "a0" in vars(p), "a1" in vars(p), p.a1)
p.__dict__.clear()
print(vars(p), hasattr(p, "x"))
p.x = 5
print(vars(p), p.x)

q = Point4(1, 2, 3, 4)
print(vars(q))
q.__dict__.update(v=9, x=10)
print(vars(q), q.x, q.v)


class Empty:
    pass


e = Empty()
print(vars(e))
e.a, e.b, e.c, e.d = 1, 2, 3, 4
print(vars(e))


# Misses: names never stored, names stored then removed.
class Lookups:
    def method(self):
        return "method"


o = Lookups()
print(o.method(), getattr(o, "missing", "default"))
o.method = lambda: "shadowed"
print(o.method())
del o.method
print(o.method())
d = {}
for k in range(100):
    d[k] = k
for k in range(100):
    if k % 3:
        del d[k]
print(len(d), 3 in d, 4 in d, d.get(4), sum(d))
d.clear()
print(d, 0 in d)
d[0] = "zero"
print(d, 0 in d, d.get(0))


# cls() with object.__new__, then with a __new__ set on the class.
class Made:
    def __init__(self, v):
        self.v = v


def make_all():
    return [Made(i).v for i in range(3)]


print(make_all())


def new(cls, v):
    print("new", cls.__name__, v)
    return object.__new__(cls)


class Sub(Made):
    pass


print([Sub(i).v for i in range(2)])
Made.__new__ = new
print(make_all())
print([Sub(i).v for i in range(2)])
try:
    Made(1, 2)
except TypeError as exc:
    print("TypeError", exc)
