x = 0
def f():
    print("f sees", x)
def g():
    x = 1
    def h():
        print("h sees", x)
    h()
    f()
g()
class C:
    y = 10
    z = [y + i for i in range(1)] if False else None
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError " + str(e)
print(C().m())
def shadow_builtin():
    print = lambda *a: None
    print("swallowed")
    return "done"
print(shadow_builtin())
def loopvar():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loopvar())
def cond_def(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(cond_def(True))
print(cond_def(False))
def comp_scope():
    n = 5
    return [n * i for i in range(3)]
print(comp_scope())
