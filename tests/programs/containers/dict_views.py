d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "one" in k, 2 in v, ("two", 2) in i, ("two", 3) in i)
d["four"] = 4
print(list(k), list(v))
print(sorted(k - {"one"}), sorted(k & {"two", "x"}), sorted(k ^ {"one", "five"}))
print(k == {"one", "two", "three", "four"}, k.isdisjoint({"x"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(v == v, list(reversed(k)))
print(k.mapping if hasattr(k, "mapping") else None)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
