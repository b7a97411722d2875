def f(a, b):
    if a and not b:
        return 1
    return a or b
