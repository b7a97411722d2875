class A:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v * 10
    @property
    def bad(self): raise AttributeError("nope")
    @property
    def boom(self): return 1 / 0
class B(A):
    def __getattr__(self, name): return "fallback " + name
class C(A):
    pass
c = C(); c.__dict__['v'] = 'shadow'
print(A().v, B().bad, c.v)
try:
    A().bad
except AttributeError as e:
    print("AttributeError", e)
try:
    A().boom
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
class S(A):
    def f(self): return super().v
print(S().f(), super(S, S()).v)
