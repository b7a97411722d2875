records = [("bob", 3), ("ann", 1), ("cid", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
s = sorted(records, key=lambda r: r[0], reverse=True)
s.sort(key=lambda r: r[1])
print(s)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, abs(x))))
print(sorted("The Quick brown Fox".split(), key=str.casefold))
l = [3, 2, 1]
print(l.sort(), l)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
