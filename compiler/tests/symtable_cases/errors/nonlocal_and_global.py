def f():
    global z
    nonlocal z
