"""Float objects: in rounds of 100,000, build 3-D points from sin and cos,
normalize each in place, then fold them into their component-wise maximum.
Allocation of small instances, attribute access, method calls, math functions.

    float_objects.py [ROUNDS]
"""

import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        """Raises each coordinate to `other`'s where that one is larger."""
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self


ROUND = 100_000


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    best = Point(0)
    best.normalize()
    for start in range(0, rounds * ROUND, ROUND):
        points = [Point(i) for i in range(start, start + ROUND)]
        for p in points:
            p.normalize()
        for p in points:
            best = best.maximize(p)
    print(f"{rounds * ROUND} points: {best}")


main()
