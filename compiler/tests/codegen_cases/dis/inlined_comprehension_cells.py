def outer(xs):
    y = 1
    return [lambda: x + y for x in xs]
