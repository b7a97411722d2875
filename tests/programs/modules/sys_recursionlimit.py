import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(100 < d < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
d2 = depth()
print(d2 > 200)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
