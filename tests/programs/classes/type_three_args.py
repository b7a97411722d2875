def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.k, type(d).__name__, Dyn.__bases__)
Child = type("Child", (Dyn,), {"triple": lambda self: self.v * 3})
c = Child(5)
print(c.double(), c.triple(), [k.__name__ for k in Child.__mro__])
print(type(type), type(int), type(Dyn), isinstance(Dyn, type))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta call", cls.__name__, a)
        return super().__call__(*a)
class Tagged(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
t = Tagged(7)
print(Tagged.tag, t.x, type(Tagged).__name__)
class Sub(Tagged):
    pass
print(Sub.tag, type(Sub).__name__)
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError", e)
print(type(5).__name__, type("x") is str)
