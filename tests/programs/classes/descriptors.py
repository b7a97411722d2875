class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
print(type(Person.name).__name__)
class NonData:
    def __get__(self, obj, t):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class Data:
    def __get__(self, obj, t):
        return "data descriptor wins"
    def __set__(self, obj, v):
        print("ignored set", v)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
h2.attr = 5
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, t):
        return self.v * (2 if obj is not None else 1)
class U:
    c = Const(21)
print(U.c, U().c)
def func(self):
    return "bound"
print(func.__get__(U())(), type(func.__get__(U())).__name__)
