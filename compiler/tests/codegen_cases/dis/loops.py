def f(xs):
    for x in xs:
        if x:
            break
        continue
    else:
        return 0
    while xs:
        xs = xs[1:]
