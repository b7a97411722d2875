def total(*nums):
    return sum(nums), type(nums).__name__, len(nums)
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def info(**kw):
    return sorted(kw.items()), type(kw).__name__
print(info(), info(a=1, b=2), info(**{"x": 1}, y=2))
def both(first, *rest, sep=", ", **opts):
    return sep.join(map(str, (first,) + rest)) + (" " + str(opts) if opts else "")
print(both(1), both(1, 2, 3, sep="-"), both("a", "b", flag=True))
def fwd(*args, **kwargs):
    return both(*args, **kwargs)
print(fwd(9, 8, sep="|", z=0))
try:
    info(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    info(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    total(*5)
except TypeError as e:
    print("TypeError", e)
try:
    info(**[1])
except TypeError as e:
    print("TypeError", e)
