class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    @property
    def label(self):
        return self.name
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print([n for n in sorted(dir(Square)) if not n.startswith("__")])
print([n for n in sorted(dir(sq)) if not n.startswith("__")])
print(vars(sq), sorted(k for k in vars(Square) if not k.startswith("__")))
print(sq.area(), sq.label, sq.sides, Shape.sides)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
