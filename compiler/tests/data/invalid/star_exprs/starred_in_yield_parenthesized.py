def g():
    yield (*a)
