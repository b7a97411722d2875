class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
r = Range2(4)
print(list(r), list(r), list(reversed(r)), 2 in r, 9 in r)
