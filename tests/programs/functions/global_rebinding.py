import builtins
x = 1
def f():
    return x
def g():
    return len([1, 2])
r = []
for i in range(3):
    r.append(f())
    x = i * 10
print(r)
print(g())
len = lambda s: 99
print(g())
del len
print(g())
builtins.len = lambda s: -1
print(g())
globals()['x'] = 'via globals()'
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
exec("y = 5", globals())
def h(): return y
print(h())
