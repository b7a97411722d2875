def f(**k: *T):
    pass
