def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:co.co_argcount + co.co_kwonlyargcount])
print(f.__defaults__, f.__kwdefaults__)
print(bool(co.co_flags & 4), bool(co.co_flags & 8))
def g():
    x = 1
    y = 2
    return x + y
print(g.__code__.co_varnames, g.__code__.co_nlocals, g.__code__.co_name)
print(g.__globals__ is globals())
