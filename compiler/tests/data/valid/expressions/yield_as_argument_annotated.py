def g():
    x: int = yield
    y: int = yield from z
