def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    assert v >= 0, v
    return v
for v in [1, "s", -3, 2.5, 0]:
    try:
        print("ok", check(v))
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e))
