def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4))
print(f(1, b=2, d=4, z=26))
print(f(*[1, 2, 3, 4], **{"d": 0, "y": 1}))
print(f(1, *(2,), *[3], d=4, **{"e": 6}, **{"q": 7}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, a=1, d=1)
except TypeError as e:
    print("TypeError", e)
def g(x, y):
    return x - y
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    g(1, z=2)
except TypeError as e:
    print("TypeError", e)
print(g(y=1, x=10), g(*"ab" if False else (5, 3)))
def kwonly(*, key):
    return key
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
def both(a, /, **kw):
    return a, kw
print(both(1, a=2))
