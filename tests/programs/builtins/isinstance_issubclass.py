class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance("s", str), isinstance(b"s", (str, bytes)), isinstance([], (list, tuple)), isinstance(int, type))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(b, ((C,), (A,))), issubclass(B, ()), isinstance(1, ()))
print(isinstance(1, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
