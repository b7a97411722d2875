# super().name(...) in its many forms: plain methods along diamond MROs,
# class and static methods, properties, built-in methods, a shadowed
# `super`, and the errors of a zero-argument super() without its context.


class Base:
    def who(self, tag):
        return f"Base.who({tag})"

    @classmethod
    def make(cls, v):
        return f"Base.make({cls.__name__}, {v})"

    @staticmethod
    def helper(v):
        return f"Base.helper({v})"

    @property
    def prop(self):
        return "Base.prop"

    def __repr__(self):
        return "<Base>"


class Left(Base):
    def who(self, tag):
        return "Left>" + super().who(tag)


class Right(Base):
    def who(self, tag):
        return "Right>" + super().who(tag)


class Diamond(Left, Right):
    def who(self, tag):
        return "Diamond>" + super().who(tag)

    @classmethod
    def make(cls, v):
        return "Diamond>" + super().make(v)

    def helper_call(self):
        return super().helper(3)

    def get_prop(self):
        return super().prop

    def base_repr(self):
        return super().__repr__()

    def class_attr(self):
        return super().__class__.__name__


d = Diamond()
print(d.who("x"))
print(Diamond.make(1), d.make(2))
print(d.helper_call(), d.get_prop(), d.base_repr(), d.class_attr())


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self


class Twice(Counter):
    def __init__(self):
        super().__init__(10)

    def bump(self, k):
        return super().bump(2 * k)


t = Twice()
for i in range(5):
    t.bump(i)
print(t.n)


class Missing(Base):
    def go(self):
        return super().nothing()


try:
    Missing().go()
except AttributeError as e:
    print("AttributeError", e)


def no_args():
    return super().who(1)


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError", e)


class Shadow(Base):
    def who(self, tag):
        return super().who(tag)


def fake_super():
    class F:
        def who(self, tag):
            return f"fake({tag})"
    return F()


import sys
g = sys.modules[__name__].__dict__
real = g.get("super")
g["super"] = fake_super
print(Shadow().who(7))
del g["super"]
print(Shadow().who(8))


class Outer(Base):
    def who(self, tag):
        def inner():
            return super().who(tag)
        try:
            return inner()
        except RuntimeError as e:
            return f"inner: {e}"


print(Outer().who(9))
