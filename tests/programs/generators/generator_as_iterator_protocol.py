def gen():
    yield 1
    yield 2
g = gen()
print(g.__iter__() is g, hasattr(g, "__next__"), g.__next__(), next(g))
try:
    g.__next__()
except StopIteration:
    print("StopIteration")
class Wrapper:
    def __init__(self, it):
        self.it = iter(it)
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = next(self.it)
        self.count += 1
        return v * 2
w = Wrapper(gen())
print(list(w), w.count)
def uses_iter_protocol():
    it = iter(range(3))
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "done"
print(list(uses_iter_protocol()))
