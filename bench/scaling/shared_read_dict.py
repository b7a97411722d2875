"""Thread scaling, shared reads: every thread looks up str and int keys in
global dicts built before the threads start (subscript, `in`, get).

    shared_read_dict.py [THREADS [PASSES]]
"""

import spawn

NAMES = [f"key{i}" for i in range(2_000)]
BY_NAME = {name: i for i, name in enumerate(NAMES)}
BY_NUMBER = {i: name for i, name in enumerate(NAMES)}


def work(passes):
    total = 0
    for p in range(passes):
        for name in NAMES:
            total += BY_NAME[name]
        for i in range(p, p + 2_000, 3):
            if i in BY_NUMBER:
                total += len(BY_NUMBER[i])
            total += BY_NAME.get(f"key{i}", -1)
    return total


spawn.main(work, 2_000)
