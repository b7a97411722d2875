def f(**k,):
    pass
