class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p.dist2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(Point.dist2(p), p.dist2.__self__ is p)
print(str(p), repr([p, q]))
