def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def make_acc(total=0):
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = make_acc(100)
print(a(1), a(10), a.__closure__[0].cell_contents)
print(make_counter.__code__.co_cellvars if False else "", c1.__code__.co_freevars)
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
