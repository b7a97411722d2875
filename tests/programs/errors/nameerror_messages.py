def f():
    return undefined_thing
def g():
    print(local_later)
    local_later = 1
def h():
    x = 1
    del x
    return x
for fn in (f, g, h):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)
try:
    print(also_undefined)
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + " " + str(e)
    v = 1
print(outer())
