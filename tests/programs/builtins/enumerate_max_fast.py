# enumerate's index past a machine word, from a large start and counting
# across 2**63; max()/min() of several numbers and of other objects.
import sys

big = 2**63 - 2
print(list(enumerate("abcd", big)))
print(list(enumerate("ab", 2**100)))
print(list(enumerate("ab", -(2**64))))
print(list(enumerate("abc", -1)))
e = enumerate("xyz", start=sys.maxsize)
print(next(e), next(e), next(e), next(e, "end"))


class Idx:
    def __index__(self):
        return 2**64 - 1


print(list(enumerate([None, None], Idx())))

print(max(1, 2.5, 2), min(1, 2.5, 0.5), max(3, 3.0), min(3.0, 3))
print(max(float("nan"), 1.0), max(1.0, float("nan")), min(float("nan"), 1.0))
print(max(-0.0, 0.0), min(0.0, -0.0), max(2**70, 1.5), min(True, 0.5, 1))
print(max("b", "a", "c"), min([3], [1, 2]), max((1, 2), (1, 3)))
print(max(1, 2, key=lambda x: -x), min(4, 5, 6, key=lambda x: x % 3))
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)


class Rich:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f"Rich({self.v})"


print(max(Rich(1), Rich(3), Rich(2)))
