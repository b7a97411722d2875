print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(x / 10 for x in range(10)))
print(sum([True, True, False]), sum([1j, 2]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError", e)
print(abs(-7), abs(7.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, "x"]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
