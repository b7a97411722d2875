def g():
    yield *a, b
