a = frozenset("abcd")
b = frozenset("cdef")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(a.union(b)).__name__, type(a.copy()).__name__, a.copy() is a)
s = {a, b, frozenset("abcd")}
print(len(s))
d = {frozenset([1, 2]): "x"}
print(d[frozenset([2, 1])])
print(frozenset() == set(), frozenset([1]) == {1}, frozenset([1]) in {frozenset([1])})
print({1, 2} in [frozenset([1, 2])], set([1]) == frozenset([1]))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [p | {x} for p in power]
print(sorted(sorted(p) for p in power))
print(len(power))
