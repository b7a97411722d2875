"""Fannkuch-redux: for every permutation of 1..n, count the prefix reversals
("pancake flips") until 1 comes first; report the maximum count and a signed
checksum. Permutations generated in place; list slicing and indexing.

    fannkuch.py [N]
"""

import sys


def fannkuch(n):
    """Returns (checksum, most flips) over all permutations of range(n)."""
    perm = list(range(n))
    counts = list(range(1, n + 1))
    checksum = max_flips = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            flipped = perm[:]
            flips = 0
            while first:
                flipped[: first + 1] = flipped[first::-1]
                flips += 1
                first = flipped[0]
            max_flips = max(max_flips, flips)
            checksum += sign * flips
        sign = -sign
        # Next permutation: rotate the first i+1 items left, for the
        # smallest i whose counter has not run out.
        i = 1
        while True:
            if i == n:
                return checksum, max_flips
            perm[: i + 1] = perm[1 : i + 1] + perm[:1]
            counts[i] -= 1
            if counts[i]:
                break
            counts[i] = i + 1
            i += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, flips = fannkuch(n)
    print(f"fannkuch({n}): checksum {checksum}, max flips {flips}")


main()
