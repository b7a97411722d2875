assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
print(check(4))
try:
    check(-1)
except AssertionError as e:
    print(e)
