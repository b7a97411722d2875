x = "global"
def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified by g"
    def h():
        global x
        x = "modified by h"
    g()
    print("in f", x)
    h()
    print("in f after h", x)
f()
print("module", x)
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 2
        return n
    return step
s = counter_gen()
print([s() for _ in range(4)])
def read_then_assign():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
read_then_assign()
def deep():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
        l2()
    l1()
    return a
print(deep())
