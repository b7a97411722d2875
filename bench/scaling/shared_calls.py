"""Thread scaling, shared reads: every thread calls a global function and the
methods of a global instance, reads class attributes and checks isinstance
against shared classes.

    shared_calls.py [THREADS [CALLS]]
"""

import spawn


def scale(x, factor):
    return x * factor % 997


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def perimeter(self):
        return self.sides * self.size


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


SQUARE = Square(7)


def work(calls):
    total = 0
    for i in range(calls):
        total += scale(i, Square.sides) + SQUARE.perimeter() + SQUARE.area()
        if isinstance(SQUARE, Shape) and not isinstance(i, Shape):
            total += Shape.sides + 1
    return total


spawn.main(work, 3_000_000)
