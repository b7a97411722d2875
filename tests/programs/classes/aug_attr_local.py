# Augmented attribute assignments on locals (obj.name op= y inside
# functions: the local is loaded, copied and its attribute read in place),
# chained assignments from a local, and the errors of each.


class P:
    def __init__(self):
        self.x = 1.5
        self._y = 10

    @property
    def y(self):
        print("get y")
        return self._y

    @y.setter
    def y(self, v):
        print("set y", v)
        self._y = v

    def scale(self, n):
        self.x *= n
        self.x -= 0.25
        self.y += n
        return self


class Fallback:
    def __getattr__(self, name):
        print("getattr", name)
        return 100


def run():
    p = P()
    for i in range(3):
        p.x += i
    print(p.x, p.scale(2).x, p.y)
    f = Fallback()
    f.n += 1
    f.n += 1
    print(f.n, vars(f))
    a = b = p
    print(a is b is p)


run()


def unbound(flag):
    if flag:
        o = P()
    o.x += 1
    return o.x


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def missing(o):
    try:
        o.nothing /= 2
    except AttributeError as e:
        print("AttributeError", e)
    try:
        o.x += "s"
    except TypeError as e:
        print("TypeError", e)


missing(P())


def chained(v):
    first = second = v
    return first, second


print(chained(3.25), chained("s"))
