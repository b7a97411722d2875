def g():
    del (yield)
