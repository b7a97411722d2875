class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return self + o
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k):
        return V(*(a ** k for a in self.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return V(*(self.c[-n:] + self.c[:-n]))
a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, a * 2, 3 * a, a @ b, b / 2, b // 2, b % 4, a ** 2)
print(-a, +a, abs(V(3, 4)), ~a, a & b, a | b, a ^ b, a << 1, a >> 1)
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError", e)
