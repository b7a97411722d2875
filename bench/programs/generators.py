"""Generators: a pipeline of generator functions (counting, filtering,
mapping, pairing neighbours), generator expressions consumed by sum, and an
in-order walk of a binary tree with recursive `yield from`.

    generators.py [ROUNDS]
"""

import sys


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def not_multiples(numbers, k):
    for n in numbers:
        if n % k:
            yield n


def squares_mod(numbers, m):
    for n in numbers:
        yield n * n % m


def neighbours(items):
    """(a, b) for each two consecutive items."""
    it = iter(items)
    previous = next(it)
    for item in it:
        yield previous, item
        previous = item


def tree(lo, hi):
    """A balanced binary search tree of lo..hi-1 as nested (left, key, right)."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (tree(lo, mid), mid, tree(mid + 1, hi))


def in_order(node):
    if node is not None:
        left, key, right = node
        yield from in_order(left)
        yield key
        yield from in_order(right)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    keys = tree(0, 2_000)
    total = 0
    for r in range(rounds):
        pipeline = squares_mod(not_multiples(naturals(20_000 + r), 3), 1_009)
        total += sum(b - a for a, b in neighbours(pipeline) if a < b)
        total += sum(k for k in in_order(keys) if k % 7 == r % 7)
    print(f"{rounds} rounds: {total}")


main()
