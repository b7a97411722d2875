d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.pop("a"), d, d.pop("zz", "default"))
d.setdefault("x", []).append(1)
d.setdefault("x", []).append(2)
print(d)
d.update({"c": 30, "d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
del d["b"]
print(d)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict({"x": 1}, y=2))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key"}[(1, 2)])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
e = d.copy()
e["new"] = 1
print(d, e, d == e)
d.clear()
print(d)
