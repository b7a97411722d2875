a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
a.add(10); a.discard(1); a.discard(99); a.remove(2)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
x = a.pop()
print(len(a))
a.update([20, 30], {40})
print(sorted(a))
a.intersection_update(range(25))
print(sorted(a))
a.difference_update({20})
print(sorted(a))
a.symmetric_difference_update({3, 100})
print(sorted(a))
print(set(), set("hello") == set("olleh"), sorted(set("hello")), len({1, 1.0, True}))
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({frozenset({1}): "fs key"}[frozenset({1})])
print(sorted({"pear", "apple", "fig"}), sorted({(1, 2), (0, 5)}))
print(repr(set()), repr(frozenset()), {1, 2, 3}, frozenset({5}))
