class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "missing", None))
print(hasattr(o, "a"), hasattr(o, "missing"), hasattr(o, "__init__"), hasattr(5, "real"))
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
class Raiser:
    @property
    def boom(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("hasattr propagates", e)
print(getattr(Obj, "cls_attr"), getattr(str, "upper")("x"), getattr([], "append").__name__)
