def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
counter = 10
def snap(v=counter):
    return v
counter = 20
print(snap())
def f(a, b=2, c=3):
    return a + b * c
print(f(1), f(1, 1), f(1, c=1), f.__defaults__)
def kw(*, x=1, y):
    return x, y
print(kw(y=2), kw.__kwdefaults__)
f.__defaults__ = (10, 10)
print(f(1))
def g(a, b=[]):
    pass
print(g.__defaults__, len(g.__defaults__[0]))
