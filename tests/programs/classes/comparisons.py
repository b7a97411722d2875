class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        print("eq", self, o)
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
    __hash__ = None
a, b = Ver("1.2"), Ver("1.10")
print(a < b, a <= b, a > b, a >= b)
print(a == Ver("1.2"), a != b)
print(a == "1.2")
print(sorted([Ver("2.0"), Ver("1.10"), Ver("1.9")]))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v}, {o.v})")
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
try:
    x <= y
except TypeError as e:
    print("TypeError", e)
class E:
    pass
e1, e2 = E(), E()
print(e1 == e1, e1 == e2, e1 != e2)
try:
    e1 < e2
except TypeError as e:
    print("TypeError", e)
