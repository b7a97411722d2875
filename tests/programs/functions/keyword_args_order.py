def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def f(a, b, c):
    return f"a={a} b={b} c={c}"
print(f(c=3, a=1, b=2), f(1, c=3, b=2), f(*[1], **{"c": 3, "b": 2}))
def order(*args, **kwargs):
    return args, kwargs
print(order(1, 2, x=3, *[4, 5], **{"y": 6}))
calls = []
def v(x):
    calls.append(x)
    return x
f(v(1), c=v(3), b=v(2))
print(calls)
