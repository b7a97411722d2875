log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
print([(a, b) for a in src("A", 2) for b in src("B", 2)])
print(log)
log.clear()
print({a: b for a, b in zip(src("K", 3), src("V", 2))})
print(log)
log.clear()
g = (x for x in src("G", 3))
print(log)
print(next(g), log)
