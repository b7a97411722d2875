def g():
    x += yield
