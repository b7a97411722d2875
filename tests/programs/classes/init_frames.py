class A:
    def __init__(self, x, y=2, *, z=3):
        self.v = (x, y, z)
class B(A):
    pass
class C:
    def __init__(self):
        return 5
class D:
    def __init__(self):
        yield 1
class E:
    def __init__(self, a):
        raise ValueError(a)
print(A(1).v, A(1, 5, z=9).v, B(7).v)
for cls, args in [(C, ()), (D, ()), (E, ("boom",)), (A, ()), (A, (1, 2, 3))]:
    try:
        print(cls(*args))
    except Exception as e:
        print(type(e).__name__, e)
import sys
def deep(n):
    class K:
        def __init__(self, n):
            self.c = K(n - 1) if n else None
    return K(n)
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError")
k = deep(50)
print(type(k).__name__)
