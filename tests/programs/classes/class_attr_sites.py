# Attribute sites reading a class's attributes (`Cls.name`, `obj.name` found
# on the class) and `super().name(...)` sites, run again after whatever may
# change their answers: reassignment on the class or a base, shadowing by an
# instance, subclasses, metaclasses with their own lookups, descriptors of
# every kind, and one method's code used by two classes.


class Base:
    K = 1

    def m(self):
        return "Base.m"

    @staticmethod
    def s(x):
        return ("Base.s", x)

    @classmethod
    def c(cls):
        return ("Base.c", cls.__name__)

    @property
    def p(self):
        return "Base.p"


class Sub(Base):
    pass


class Over(Base):
    K = 2

    def m(self):
        return "Over.m"

    @staticmethod
    def s(x):
        return ("Over.s", x)


def read(cls):
    # One site for every class and attribute kind.
    return cls.K, cls.m.__name__, cls.s(1), cls.c(), type(cls.p).__name__


def call_s(cls, x):
    return cls.s(x)


for cls in (Base, Sub, Over, Base, Sub):
    print(cls.__name__, read(cls))

# The same bound object twice? A classmethod makes a new one per read.
print(Base.c == Base.c, Base.c is Base.c)
print(Base.m is Base.m, Base.m is Base.__dict__["m"])

# Reassignments on the class and on a base.
for step in range(4):
    if step == 1:
        Base.K = 10
        Base.s = staticmethod(lambda x: ("new s", x))
    if step == 2:
        Sub.K = 20
        Sub.s = lambda x: ("plain function", x)
    if step == 3:
        del Sub.K
        del Sub.s
        del Base.K
    for cls in (Base, Sub, Over):
        try:
            print(step, cls.__name__, cls.K, call_s(cls, step))
        except AttributeError as e:
            print(step, cls.__name__, "AttributeError:", e)

# Instances: a class constant read through instances, then shadowed.
o = Over()
vals = []
for i in range(4):
    if i == 2:
        o.K = "instance"
    if i == 3:
        del o.K
    vals.append(o.K)
print(vals)


# Metaclasses: a data descriptor of the metatype wins over the class's
# attribute; a metatype's other attributes come after the class's.
class Meta(type):
    @property
    def shadowed(cls):
        return "Meta.shadowed property"

    def only_meta(cls):
        return "Meta.only_meta " + cls.__name__

    plain = "Meta.plain"


class WithMeta(metaclass=Meta):
    shadowed = "class shadowed"
    plain = "class plain"


def meta_reads(cls):
    return cls.shadowed, cls.only_meta(), cls.plain


for i in range(3):
    if i == 1:
        WithMeta.plain = "class plain 2"
    if i == 2:
        del WithMeta.plain
    print(i, meta_reads(WithMeta))


class GetattrMeta(type):
    def __getattr__(cls, name):
        return "GetattrMeta.__getattr__ " + name


class G(metaclass=GetattrMeta):
    here = "here"


def g_reads(cls, name):
    return cls.here, getattr(cls, name)


for name in ("missing", "here", "other"):
    print(g_reads(G, name))


class GetattributeMeta(type):
    def __getattribute__(cls, name):
        return "GetattributeMeta " + name


class H(metaclass=GetattributeMeta):
    x = "class x"
    y = "class y"


def h_reads(cls):
    return cls.x, cls.y


for i in range(2):
    print(h_reads(H))


# A metaclass gaining a data descriptor after the class's attribute was read.
class LateMeta(type):
    pass


class Late(metaclass=LateMeta):
    attr = "class attr"


def late_read(cls):
    return cls.attr


print(late_read(Late))
LateMeta.attr = property(lambda cls: "LateMeta property")
print(late_read(Late))
del LateMeta.attr
print(late_read(Late))


# Descriptors of the class's own: a Python non-data descriptor and a data
# descriptor read from the class (instance None).
class Desc:
    def __get__(self, obj, owner=None):
        return ("Desc.__get__", obj, owner.__name__)


class DataDesc:
    def __get__(self, obj, owner=None):
        return ("DataDesc.__get__", obj, owner.__name__)

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class WithDesc:
    d = Desc()
    dd = DataDesc()


def desc_reads(cls):
    return cls.d, cls.dd


for cls in (WithDesc, WithDesc):
    print(desc_reads(cls))
w = WithDesc()
w.dd = 5
print(w.d[0], w.d[2], w.dd[0], w.dd[2])


# Missing attributes raise each time.
def missing(cls):
    try:
        return cls.nope
    except AttributeError as e:
        return str(e)


for i in range(2):
    print(missing(Base))


# super(): one method's code in two classes (a class made twice), a base's
# method replaced between calls, an override added to a class in between.
def make(tag):
    class Root:
        def hello(self):
            return "Root.hello " + tag

    class Leaf(Root):
        def hello(self):
            return "Leaf<" + super().hello() + ">"

    return Leaf


L1, L2 = make("one"), make("two")
for leaf in (L1(), L2(), L1(), L2()):
    print(leaf.hello())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(B):
    pass


class D(C):
    def who(self):
        return "D>" + super().who()


for i in range(4):
    if i == 1:
        A.who = lambda self: "A2"
    if i == 2:
        C.who = lambda self: "C>" + B.who(self)
    if i == 3:
        del C.who
    print(i, D().who(), B().who())


# super() reaching a non-function: a staticmethod, a classmethod, a value.
class P:
    def f(self):
        return "P.f"


class Q(P):
    def f(self):
        return super().f()


for i in range(3):
    if i == 1:
        P.f = staticmethod(lambda: "static")
    if i == 2:
        P.f = classmethod(lambda cls: "classmethod " + cls.__name__)
    print(i, Q().f())
