# Augmented assignments to attributes: obj.name op= y through instance
# dicts, properties, __setattr__, slots-free classes and errors.


class P:
    def __init__(self):
        self.x = 1
        self._y = 10

    @property
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        print("set y", v)
        self._y = v


p = P()
for i in range(3):
    p.x += i
    p.y -= i
print(p.x, p.y)


class Loud:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


q = Loud()
q.n = 1
q.n *= 5
print(q.n)


class RO:
    @property
    def v(self):
        return 3


try:
    r = RO()
    r.v += 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.missing += 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.x += "s"
except TypeError as e:
    print("TypeError", e)
