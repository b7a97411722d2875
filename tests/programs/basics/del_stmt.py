x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
o = C()
o.attr = 1
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
