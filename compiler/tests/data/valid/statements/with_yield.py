def g():
    with (yield):
        pass
