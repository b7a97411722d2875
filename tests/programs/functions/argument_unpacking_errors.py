def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, a=2),
    lambda: f(c=1),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1}),
    lambda: (lambda *, k: k)(),
    lambda: (lambda a, /: a)(a=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: int("1", "2", "3"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
