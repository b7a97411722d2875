"""Helper module for the modules/ programs (not a program itself)."""
print("mod_util imported, __name__ =", __name__)

CONSTANT = 42
_private = "hidden"
__all__ = ["double", "CONSTANT", "Counter"]

calls = 0


def double(x):
    global calls
    calls += 1
    return x * 2


def _helper():
    return "helper"


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


if __name__ == "__main__":
    print("never printed when imported")
