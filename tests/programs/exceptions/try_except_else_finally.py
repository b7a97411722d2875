def attempt(x):
    try:
        print(" try", x)
        r = 10 / x
    except ZeroDivisionError:
        print(" except zero")
        return "zero"
    except TypeError as e:
        print(" except type:", e)
        return "type"
    else:
        print(" else", r)
        return r
    finally:
        print(" finally", x)
for v in [2, 0, "s"]:
    print("result", attempt(v))
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"
try:
    print(finally_swallows())
except ValueError as e:
    print("ValueError", e)
try:
    try:
        raise KeyError("inner")
    finally:
        print("cleanup")
except KeyError as e:
    print("outer caught", e)
try:
    raise ValueError("multi")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__)
e = "before"
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
