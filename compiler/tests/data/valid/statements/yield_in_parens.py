def g():
    f((yield))
    y = (yield x)
