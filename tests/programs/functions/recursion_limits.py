import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError caught", type(e).__name__, issubclass(RecursionError, RuntimeError))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 100, d < sys.getrecursionlimit() + 10)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(500))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(77))
print("still alive")
