values = [3, 1, 4, 1, 5, 9, 0, 2, 6]
it = iter(values)
print(list(iter(lambda: next(it), 0)))
print(list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
print(next(iter([]), "default"), next(iter([1]), "default"))
g = (x for x in range(2))
print(next(g), next(g), next(g, None))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
class Once:
    def __init__(self):
        self.done = False
    def __call__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"
print(list(iter(Once(), None)))
