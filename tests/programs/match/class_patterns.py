class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(shape):
    match shape:
        case Circle(Point(x=0, y=0), r):
            return f"origin circle r={r}"
        case Circle(_, radius=r) if r > 10:
            return f"big circle r={r}"
        case Circle(center=Point(x, y), radius=r):
            return f"circle at {x},{y} r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 2), Circle(Point(1, 1), 20), Circle(Point(3, 4), 5), Rect(3, 3), Rect(2, 5), Point(7, 8), "x"]:
    print(area(s))
try:
    match Rect(1, 2):
        case Rect(a, b):
            print("unreachable")
except TypeError as e:
    print("TypeError", e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
