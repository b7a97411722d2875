x = 10
def a():
    x += 1
    return x
def b():
    print(x)
    x = 5
def c():
    for i in range(0):
        y = i
    return y
def d():
    if False:
        z = 1
    del z
def e():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
for fn in (a, b, c, d, e):
    try:
        fn()
    except UnboundLocalError as err:
        print(fn.__name__, type(err).__name__, err)
    except NameError as err:
        print(fn.__name__, type(err).__name__, err)
print(issubclass(UnboundLocalError, NameError))
