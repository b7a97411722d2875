def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
print(...)
print(Ellipsis is ...)
print(type(...).__name__)
def stub(): ...
print(stub())
x = [1, 2, 3]
for _ in x:
    pass
if x:
    pass
print(repr(None), type(None).__name__)
print(NotImplemented, type(NotImplemented).__name__)
