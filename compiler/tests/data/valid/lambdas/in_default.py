def f(key=lambda x: x):
    pass
