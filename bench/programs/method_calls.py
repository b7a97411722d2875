"""Method calls: a loop of calls on instances of a small class hierarchy —
plain methods, methods calling methods, overrides reaching the base through
super(), a property, a staticmethod, a classmethod and a stored bound method.

    method_calls.py [CALL_ROUNDS]
"""

import sys


class Tally:
    def __init__(self):
        self.total = 0

    @classmethod
    def fresh(cls, *args):
        return cls(*args)

    @staticmethod
    def clamp(value, limit):
        return value if value < limit else limit

    @property
    def odd(self):
        return self.total & 1 == 1

    def add(self, value):
        self.total += value
        return self

    def add_twice(self, value):
        return self.add(value).add(value)


class WeightedTally(Tally):
    def __init__(self, weight):
        super().__init__()
        self.weight = weight

    def add(self, value):
        return super().add(value * self.weight)


class CountingTally(WeightedTally):
    def __init__(self):
        super().__init__(3)
        self.calls = 0

    def add(self, value):
        self.calls += 1
        return super().add(value)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 700_000
    plain, weighted, counting = Tally.fresh(), WeightedTally.fresh(2), CountingTally.fresh()
    add_plain = plain.add
    for i in range(rounds):
        add_plain(Tally.clamp(i, 1000))
        weighted.add_twice(i)
        counting.add(i)
        if counting.odd:
            counting.add_twice(1)
    print(f"{rounds} rounds: {plain.total} {weighted.total} {counting.total} {counting.calls}")


main()
