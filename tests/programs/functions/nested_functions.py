def make_ops():
    results = []
    def add(x, y):
        results.append(("add", x + y))
    def mul(x, y):
        results.append(("mul", x * y))
    def run():
        add(2, 3)
        mul(4, 5)
        add(mul_helper(2), 1)
        return results
    def mul_helper(x):
        return x * 100
    return run
print(make_ops()())
def power_set(items):
    def rec(i):
        if i == len(items):
            return [[]]
        rest = rec(i + 1)
        return rest + [[items[i]] + r for r in rest]
    return rec(0)
print(power_set([1, 2, 3]))
def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
