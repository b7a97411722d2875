def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, "caught")
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError:
    print("RecursionError in method")
class R:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    R().a
except RecursionError:
    print("RecursionError in __getattr__")
def g(n):
    return g(n + 1) + 1
for _ in range(3):
    try:
        g(0)
    except RecursionError:
        print("again")
print("recovered", sum(range(10)))
