# expect: ok 8 8
# Every thread recurses without bound: RecursionError, then recursion
# within the limit still works.
from mod_spawn import run
import _thread

lock = _thread.allocate_lock()
caught = []
deep_ok = []


def down(n):
    return down(n + 1) + 1


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def worker(i):
    try:
        down(0)
    except RecursionError:
        with lock:
            caught.append(i)
    if depth(500) == 500:
        with lock:
            deep_ok.append(i)


run(8, worker)
print("ok", len(caught), len(deep_ok))
