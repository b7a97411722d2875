class Singleton:
    _inst = None
    def __new__(cls, *a):
        print("__new__", cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInit())
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("abc")
print(u, type(u).__name__, len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = T(1, 2)
print(t, t[0], type(t).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
