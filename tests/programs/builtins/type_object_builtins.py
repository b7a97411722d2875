print(type(1), type("s"), type([]), type(None), type(type), type(object()), type(print))
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
Point = type("Point", (object,), {"x": 0, "describe": lambda self: f"Point x={self.x}"})
p = Point()
p.x = 5
print(p.describe(), Point.__name__, type(p).__name__, Point.__bases__, Point.x)
Sub = type("Sub", (Point,), {"y": 1})
print([c.__name__ for c in Sub.__mro__], Sub().describe(), Sub.y)
print(type.__name__, object.__name__, type(type(1)).__name__)
print(object.__bases__, type.__bases__, type.__mro__)
try:
    type("X", (), {}, 4)
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
