"""Thread scaling, thread-local: generator functions made by the thread
itself, chained, and generator expressions over them.

    local_generators.py [THREADS [ROUNDS]]
"""

import spawn


def work(rounds):
    def count(limit):
        n = 0
        while n < limit:
            yield n
            n += 1

    def odd_squares(numbers):
        for n in numbers:
            if n & 1:
                yield n * n

    total = 0
    for i in range(rounds):
        total += sum(s % 101 for s in odd_squares(count(200 + i % 50)))
    return total


spawn.main(work, 35_000)
