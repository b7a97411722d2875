def level3():
    try:
        yield "l3"
    except KeyError as e:
        print("level3 handled", e)
        yield "l3 after"
    return "l3 result"
def level2():
    r = yield from level3()
    print("level2 got", r)
    yield "l2"
    return "l2 result"
def level1():
    r = yield from level2()
    print("level1 got", r)
g = level1()
print(next(g))
print(g.throw(KeyError("deep")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from closer()
    finally:
        print("outer finally")
o = outer()
next(o)
o.close()
