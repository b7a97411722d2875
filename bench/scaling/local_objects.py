"""Thread scaling, thread-local: allocate and drop small instances of a class
made by the thread itself, lists, dicts and tuples.

    local_objects.py [THREADS [ROUNDS]]
"""

import spawn


def work(rounds):
    class Cell:
        def __init__(self, key, value):
            self.key = key
            self.value = value

    total = 0
    for i in range(rounds):
        cells = [Cell(k, i + k) for k in range(8)]
        table = {cell.key: cell.value for cell in cells}
        pair = (table[i % 8], len(cells))
        total += pair[0] + pair[1] + sum([v & 3 for v in table.values()])
    return total


spawn.main(work, 250_000)
