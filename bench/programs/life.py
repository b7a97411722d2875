"""Life: Conway's Game of Life on an unbounded board, the live cells kept as
a set of (x, y) tuples and each generation's neighbour counts in a dict.
Starts from an R-pentomino, which grows for over a thousand generations.

    life.py [GENERATIONS]
"""

import sys

R_PENTOMINO = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
OFFSETS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def step(live):
    """The next generation of the set `live`."""
    counts = {}
    for x, y in live:
        for dx, dy in OFFSETS:
            cell = (x + dx, y + dy)
            counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def main():
    generations = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    live = set(R_PENTOMINO)
    for _ in range(generations):
        live = step(live)
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    print(f"after {generations} generations: {len(live)} cells in x {min(xs)}..{max(xs)}, y {min(ys)}..{max(ys)}")


main()
