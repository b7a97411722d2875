class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 3
        self.color = "red"
    def method(self):
        return 1
t = Thing()
print(vars(t), sorted(vars(Thing).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__", "__firstlineno__", "__static_attributes__"}))
print([n for n in sorted(dir(Thing)) if not n.startswith("__")])
print([n for n in sorted(dir(t)) if not n.startswith("_")])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["__name__"], "Thing" in g, "f" in g, type(g).__name__)
global_var = 123
print(globals()["global_var"])
globals()["injected"] = "via globals"
print(injected)
print(sorted(n for n in dir() if not n.startswith("_")))
print(vars() is globals(), locals() is globals())
def empty():
    return locals()
print(empty())
