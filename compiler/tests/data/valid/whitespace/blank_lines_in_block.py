def f():

    x = 1

    # c

    return x
