"""Lists: build records with list comprehensions, sort them with key
functions and the default tuple order, slice and merge sorted runs, filter
with nested comprehensions, and search by bisection.

    list_sort.py [ROUNDS]
"""

import sys


def records(count, seed):
    """`count` (group, score, name) tuples from a multiplicative hash of i."""
    return [
        ((i * 2654435761 + seed) % 97, (i * 40503 + seed) % 10_007, f"r{i}")
        for i in range(count)
    ]


def merge(a, b):
    """Merges two sorted lists."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def find(sorted_items, target):
    """Index of the first item >= target, by binary search."""
    lo, hi = 0, len(sorted_items)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    checksum = 0
    for seed in range(rounds):
        rows = records(20_000, seed)
        by_score = sorted(rows, key=lambda r: (r[1], r[2]))
        by_group = sorted(rows, key=lambda r: r[0], reverse=True)
        scores = [r[1] for r in by_score]
        halves = merge(sorted(scores[::2]), sorted(scores[1::2]))
        assert halves == scores
        evens = [[s for s in scores[k : k + 100] if s % 2 == 0] for k in range(0, len(scores), 100)]
        rows.sort()
        positions = [find(scores, t) for t in range(0, 10_007, 7)]
        checksum += (
            by_score[0][1] + by_group[0][0] + sum(map(len, evens)) + sum(positions) + int(rows[-1][2][1:])
        )
    print(f"{rounds} rounds: checksum {checksum}")


main()
