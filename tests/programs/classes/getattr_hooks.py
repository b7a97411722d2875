class Dynamic:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no attribute {name!r} here")
d = Dynamic()
print(d.real, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "missing"), getattr(d, "missing", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.b = o.a + 1
del o.a
print(o.log)
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError", e)
class Fallback:
    x = "class attr"
    def __getattr__(self, name):
        return "fallback " + name
f = Fallback()
print(f.x, f.y)
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    (5).x
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError", e)
