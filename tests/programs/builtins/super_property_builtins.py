class Base:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, x):
        self._v = x * 10
    v = property(get_v, set_v, None, "the v")
class Child(Base):
    @property
    def v(self):
        return super().v + 1000
c = Child()
print(c.v)
b = Base()
b.v = 2
print(b.v, Base.v.__doc__, Base.v.fget is Base.get_v, Base.v.fdel)
try:
    c.v = 5
except AttributeError as e:
    print("AttributeError", e)
p = property(lambda self: 42)
class Dyn:
    answer = p
print(Dyn().answer, type(p).__name__)
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    s = sm
    c = cm
print(Holder.s(), Holder().s(), Holder.c(), Holder().c())
print(isinstance(Holder.__dict__["s"], staticmethod), isinstance(Holder.__dict__["c"], classmethod))
