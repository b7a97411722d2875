def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, lambda x: x + 1, abs)
print(repr(pipeline(-41)))
def partial(f, *a, **k):
    def p(*a2, **k2):
        return f(*a, *a2, **k, **k2)
    return p
power = partial(pow, 2)
print([power(i) for i in range(8)])
base2 = partial(int, base=2)
print(base2("1011"))
def reduce(f, it, init):
    acc = init
    for x in it:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
print(sorted(["x", "yyy", "zz"], key=len), max("a bb ccc".split(), key=len))
def memoize(f):
    memo = {}
    return lambda n: memo[n] if n in memo else memo.setdefault(n, f(n))
@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(90))
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")))
