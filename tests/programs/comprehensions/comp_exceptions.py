def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
vals = ["1", "x", "3", "4.5", "-2"]
print([safe_int(v) for v in vals])
try:
    [int(v) for v in vals]
except ValueError as e:
    print("ValueError", e)
try:
    {k: 1 / k for k in range(-2, 3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError", e)
it = iter([1, 2, 3])
try:
    [next(it) for _ in range(5)]
except StopIteration:
    print("StopIteration propagates out of list comprehension")
