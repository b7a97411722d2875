sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sq.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, /, y=2, *, z=3: (x, y, z))(1, z=9))
