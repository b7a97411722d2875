a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(True is bool(1), False is bool(0))
x = object()
s = {id(x)}
print(id(x) in s, isinstance(id(x), int))
print(frozenset() == frozenset())
