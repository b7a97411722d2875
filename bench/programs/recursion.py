"""Recursion: the naive doubly-recursive Fibonacci function. Nothing but
calls, returns, comparisons and small-int additions.

    recursion.py [N]
"""

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 34
    print(f"fib({n}) = {fib(n)}")


main()
