# Functions whose globals are an instance's __dict__, which
# keeps no version for the global-name cache: every read must still see the
# attribute stores, deletions and shadowing made through the instance.


class Namespace:
    pass


ns = Namespace()
exec(
    """
def read_x():
    return x

def total(n):
    s = 0
    for i in range(n):
        s += x + len("ab")
    return s

def bump():
    global x
    x = x + 100
""",
    ns.__dict__,
)
read_x, total, bump = ns.read_x, ns.total, ns.bump

ns.x = 1
print(read_x(), total(3))
for i in range(5):
    ns.x = i
    print(i, read_x(), total(2))
ns.x += 10
print(read_x())
bump()
print(ns.x, read_x())
del ns.x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
ns.x = "back"
print(read_x())
ns.x = 5

# Shadowing a builtin through the instance, then removing the shadow.
ns.len = lambda s: -1
print(total(2))
del ns.len
print(total(2))
ns.__dict__["len"] = lambda s: 1000
print(total(1))
ns.__dict__.pop("len")
print(total(1))

# The same code run under two instances' dicts, alternately.
a, b = Namespace(), Namespace()
code = compile("def get():\n    return value\n", "<ns>", "exec")
exec(code, a.__dict__)
exec(code, b.__dict__)
a.value, b.value = "a1", "b1"
for step in range(3):
    print(step, a.get(), b.get())
    a.value, b.value = b.value + "!", a.value + "?"

# Module globals stay cached and correct beside all this.
y = 1


def read_y():
    return y


for i in range(3):
    y = i * 7
    print(read_y())
