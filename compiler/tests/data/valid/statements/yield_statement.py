def g():
    yield
    yield 1
    x = yield 2
    yield from h()
