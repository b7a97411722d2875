d = {}
for k in ["zebra", "apple", "mango", "kiwi", "banana"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 100
print(list(d.items()))
del d["mango"]
d["mango"] = 0
print(list(d))
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5, "a": 0}
print(m)
print({**m, "e": 6})
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
keys = d.keys()
d["late"] = 1
print(keys, len(keys), "late" in keys)
print(d.keys() & {"kiwi", "nope"}, sorted(d.keys() | {"x"}), sorted(d.keys() - {"kiwi"}))
print(d.items() >= {("kiwi", 4)})
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
