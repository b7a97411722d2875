# LOAD_GLOBAL's cache: nested eval loops (calls from native code), the same
# code run with other globals, code made and dropped in a loop.
import builtins

scale = 1
def keyed(v):
    return v * scale

def outer():
    global scale
    out = [sorted([3, 1, 2], key=keyed)]
    scale = -1
    out.append(sorted([3, 1, 2], key=keyed))
    out.append(list(map(keyed, [1, 2])))
    return out
print(outer())

def reads_len():
    return len("abc")
real_len = builtins.len
def swap_builtin(_):
    builtins.len = lambda s: 42
    return 0
print(reads_len(), sorted([1], key=swap_builtin), reads_len())
builtins.len = real_len
print(reads_len())

def gen():
    for _ in range(3):
        yield scale
g = gen()
scale = 10
first = next(g)
scale = 20
print(first, next(g), list(g))

# One code object, several globals dicts: each exec makes a function of
# the same inner code.
maker = compile("def show():\n    return who\n", "<show>", "exec")
def run_show(ns):
    exec(maker, ns)
    return ns["show"]
for ns in ({"who": "a"}, {"who": "b"}, {"who": "c", "__builtins__": builtins}):
    print(run_show(ns)())
plain = {"who": "plain"}
f = run_show(plain)
print(f())
plain["who"] = "changed"
print(f())
del plain["who"]
try:
    f()
except NameError as e:
    print(e)
plain["who"] = "back"
print(f(), run_show({"who": "other"})(), f())

# Code made and dropped again and again: each reads its own name.
for i in range(200):
    ns = {"v%d" % i: i}
    exec("def r():\n    return v%d\n" % i, ns)
    if ns["r"]() != i:
        print("wrong value", i)
    del ns
print("codes ok")
