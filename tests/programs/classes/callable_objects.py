class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(10), add5(10, times=3), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
print([c() for _ in range(5)], c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class Factory:
    def __call__(self, cls, *a):
        return cls(*a)
print(Factory()(list, "abc"), Factory()(dict, a=1) if False else "")
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __repr__(self):
        return " + ".join(f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c)
p = Polynomial(1, 0, 2)
print(p)
for x in range(5):
    print(x, p(x))
print(sorted(range(-3, 4), key=p))
class Method:
    def run(self):
        return "bound method called"
m = Method().run
print(callable(m), m(), type(m).__name__)
