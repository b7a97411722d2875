# expect: ok 80000 80000
# A counter in a global and in an instance attribute, under a lock.
import _thread
from mod_spawn import run

lock = _thread.allocate_lock()
counter = 0


class Box:
    pass


box = Box()
box.n = 0


def worker(i):
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
            box.n += 1


run(8, worker)
print("ok", counter, box.n)
