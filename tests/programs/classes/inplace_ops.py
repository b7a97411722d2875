class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __imul__(self, o):
        print("imul")
        self.v *= o
        return self
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)
try:
    a -= 1
except TypeError as e:
    print("TypeError", e)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
    def __repr__(self):
        return f"NI({self.v})"
n = NoInplace(1)
m = n
n += 1
print(n, m, n is m)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class BadIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
x = BadIadd()
x += 1
print(x)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
