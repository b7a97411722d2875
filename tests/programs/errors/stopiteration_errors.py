it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
g = (x for x in [])
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e))
def gen():
    return 5
    yield
try:
    next(gen())
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
def bad():
    yield 1
    next(iter([]))
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(iter(()), None))
