import _thread
from mod_join import spawn, join_all
lock = _thread.allocate_lock()
counter = {"n": 0}
def inc(times):
    for _ in range(times):
        with lock:
            counter["n"] += 1
threads = [spawn(inc, 5000) for _ in range(8)]
join_all(threads)
print(counter["n"])
total = [0]
def add_range(lo, hi):
    s = sum(range(lo, hi))
    with lock:
        total[0] += s
join_all([spawn(add_range, i * 25000, (i + 1) * 25000) for i in range(4)])
print(total[0], sum(range(100000)))
print(lock.locked())
