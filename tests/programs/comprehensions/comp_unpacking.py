pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n for n, _ in pairs], [w for _, w in pairs])
print([(b, a) for a, b in pairs])
print({w: n for n, w in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([*[x for x in range(3)], *(y for y in "ab")])
print([[*row, 0] for row in [[1], [2, 3]]])
print([{**d, "z": 0} for d in [{"a": 1}, {"b": 2}]])
