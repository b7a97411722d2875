log = []
def src():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g))
print(log)
try:
    gx = (1 / x for x in [1, 0])
    print(next(gx))
    print(next(gx))
except ZeroDivisionError as e:
    print("lazy error", e)
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager iter error", e)
it = iter([1, 2, 3])
g2 = (x for x in it)
print(next(it), list(g2))
