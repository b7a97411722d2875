"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1), cut to n x n, by power
iteration on AᵀA. Float arithmetic in nested loops and generator sums.

    spectral_norm.py [N]
"""

import sys


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    """A u."""
    n = len(u)
    return [sum(entry(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def times_transposed(u):
    """Aᵀ u."""
    n = len(u)
    return [sum(entry(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    return (sum(a * b for a, b in zip(u, v)) / sum(b * b for b in v)) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    print(f"spectral norm ({n}): {spectral_norm(n):.9f}")


main()
