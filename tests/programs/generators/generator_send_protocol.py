def coroutine(f):
    def start(*a):
        g = f(*a)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
p = broadcast([grep("py", printer("A:")), grep("rust", printer("B:"))])
for line in ["python code", "rust code", "c code", "pyrust"]:
    p.send(line)
def averager():
    count, total = 0, 0.0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return count, avg
        count += 1
        total += term
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
