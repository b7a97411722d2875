d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
def gen():
    yield next(g)
g = gen()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
