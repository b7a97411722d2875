"""N-queens: count the placements of n non-attacking queens on an n x n
board by backtracking, one row at a time, with the attacked columns and
diagonals kept in sets.

    nqueens.py [N]
"""

import sys


def solutions(n):
    """The number of ways to place n queens."""
    columns, rising, falling = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        count = 0
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            count += place(row + 1)
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)
        return count

    return place(0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    print(f"{n} queens: {solutions(n)} solutions")


main()
