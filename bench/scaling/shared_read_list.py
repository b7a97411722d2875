"""Thread scaling, shared reads: every thread sums a global list of ints
built before the threads start, by iteration, by index and by slices.

    shared_read_list.py [THREADS [PASSES]]
"""

import spawn

NUMBERS = [(i * 7_919) % 10_007 for i in range(10_000)]


def work(passes):
    total = 0
    for p in range(passes):
        for n in NUMBERS:
            total += n
        for i in range(p % 10, len(NUMBERS), 10):
            total -= NUMBERS[i]
        total += sum(NUMBERS[p : p + 100])
    return total


spawn.main(work, 1_800)
