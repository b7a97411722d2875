data = [5, 2, 8, -1, 9, 0]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=lambda x: -x))
print(sorted("banana"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(min(data), max(data), min("hello"), max([3, 1], [2, 9]), min(3, 1, 2), max("a", "B", "c"))
print(min(data, key=abs), max(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(min([1, 2], default=0), max([(1, 2), (1, 3)]), min(["b", "a"], key=str.upper))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([4, 7, 1], key=lambda x: x % 3))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: reversed({1}), lambda: sorted([1], key=5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
