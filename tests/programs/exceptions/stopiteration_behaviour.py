def gen():
    yield 1
    raise StopIteration("inside generator")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def ret():
    yield 1
    return "value"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
print(next(iter([]), "default"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(list(It()))
