class A:
    def __init__(self):
        print("A init")
        self.log = ["A"]
    def method(self):
        return "A.method"
    @classmethod
    def create(cls):
        return f"A.create({cls.__name__})"
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
        self.log.append("B")
    def method(self):
        return "B>" + super().method()
    @classmethod
    def create(cls):
        return "B>" + super().create()
class C(B):
    def __init__(self):
        print("C init")
        super(C, self).__init__()
        self.log.append("C")
    def method(self):
        return "C>" + super(B, self).method()
c = C()
print(c.log, c.method(), C.create(), B().method())
class Mixin:
    def hello(self):
        return "Mixin>" + super().hello()
class Root:
    def hello(self):
        return "Root"
class Combined(Mixin, Root):
    pass
print(Combined().hello())
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
print(super(B, c).method())
