def f(g):
    try:
        g()
    except* ValueError as e:
        pass
    except* TypeError:
        return_ = 1
