def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally, raising")
        raise KeyError("from finally")
print("calling")
f()
