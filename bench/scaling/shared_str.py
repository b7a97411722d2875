"""Thread scaling, shared reads: every thread slices, searches and compares
global strings built before the threads start.

    shared_str.py [THREADS [PASSES]]
"""

import spawn

TEXT = " ".join(f"word{i % 97}" for i in range(3_000))
NEEDLES = [f"word{i} " for i in range(0, 97, 4)]


def work(passes):
    total = 0
    for p in range(passes):
        for needle in NEEDLES:
            start = TEXT.find(needle, p)
            total += start + TEXT.count(needle[:5], start, start + 500)
            total += TEXT[start : start + 6] < needle
        for i in range(0, len(TEXT) - 8, 97):
            piece = TEXT[i : i + 8]
            total += piece.startswith("word") + (piece == TEXT[i + 1 : i + 9])
    return total


spawn.main(work, 12_000)
