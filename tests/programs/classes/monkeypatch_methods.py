# Methods and class attributes changed after they were used are seen at
# once: on the class itself, on a base class, through setattr/delattr with
# names built at run time, and for special methods.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"

    def __getitem__(self, i):
        return ("base item", i)

    def __len__(self):
        return 1


class Child(Base):
    pass


class GrandChild(Child):
    def greet(self):
        return "grandchild greet"


b, c, g = Base(), Child(), GrandChild()
for _ in range(3):
    print(b.greet(), c.greet(), g.greet(), c.kind, c[0], len(c))

# Replace a base-class method after calls through the subclass.
Base.greet = lambda self: "patched base greet"
print(b.greet(), c.greet(), g.greet())

# Override on the intermediate class, then remove the override.
Child.greet = lambda self: "child greet"
print(b.greet(), c.greet(), g.greet())
del Child.greet
print(b.greet(), c.greet(), g.greet())

# Remove the grandchild's own method: the base's shows through.
del GrandChild.greet
print(g.greet())

# Class attributes.
for _ in range(2):
    print(c.kind, g.kind)
Base.kind = "patched"
print(c.kind, g.kind)
Child.kind = "child"
print(b.kind, c.kind, g.kind)
del Child.kind
print(b.kind, c.kind, g.kind)

# Special methods replaced on the base after use.
print(c[1], len(c))
Base.__getitem__ = lambda self, i: ("patched item", i * 2)
Base.__len__ = lambda self: 7
print(c[1], len(c), g[2], len(g))
Child.__len__ = lambda self: 9
print(len(b), len(c), len(g))

# Names built at run time (not the interned identifiers of the code).
name = "".join(["gr", "eet"])
setattr(Base, name, lambda self: "setattr greet")
print(b.greet(), c.greet(), g.greet())
delattr(Base, name)
try:
    c.greet()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(g, "greet"), getattr(Child, "greet", "missing"))

# A method added later to a class that did not have it.
try:
    b.late()
except AttributeError as e:
    print("AttributeError:", e)
Base.late = lambda self: "late method"
print(b.late(), g.late())


# A subclass of a built-in type that gains a special method after use.
class MyList(list):
    pass


m = MyList([10, 20, 30])
print(m[0], m[-1], len(m))
MyList.__getitem__ = lambda self, i: "custom " + str(i)
print(m[0], m[-1])
MyList.__len__ = lambda self: 100
print(len(m))
del MyList.__getitem__
print(m[0])


# Operators on a class patched after use.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __repr__(self):
        return f"Num({self.v})"


x, y = Num(1), Num(2)
print(x + y, repr(x))
Num.__add__ = lambda self, other: Num(self.v * 10 + other.v)
Num.__repr__ = lambda self: f"<{self.v}>"
print(x + y, repr(x))


# Many classes and names: every lookup still answers for its own class.
classes = [type(f"K{i}", (), {f"m{i}": (lambda self, i=i: i)}) for i in range(50)]
objs = [k() for k in classes]
total = 0
for _ in range(3):
    for i, o in enumerate(objs):
        total += getattr(o, f"m{i}")()
print(total)
for i, k in enumerate(classes):
    setattr(k, f"m{i}", lambda self, i=i: -i)
print(sum(getattr(o, f"m{i}")() for i, o in enumerate(objs)))
