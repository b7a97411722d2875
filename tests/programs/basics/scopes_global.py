counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "module"
def outer():
    x = "outer"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("abcd")
print(uses_builtin())
len = lambda s: 99
print(uses_builtin())
del len
print(uses_builtin())
