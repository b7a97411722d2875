def documented(a: int, b: str = "x") -> bool:
    """Docstring here."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__annotations__)
print(documented.__defaults__, documented.__code__.co_argcount, documented.__code__.co_varnames)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.custom = 42
print(documented.custom, sorted(k for k in documented.__dict__))
class C:
    def m(self):
        pass
print(C.m.__qualname__, C().m.__name__, C().m.__func__ is C.m)
def kwfn(a, b, *args, c, d=1, **kw):
    pass
co = kwfn.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_name)
print(callable(documented), callable(42), type(documented).__name__)
print((lambda: 0).__qualname__)
