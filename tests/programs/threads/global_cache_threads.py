# LOAD_GLOBAL's cache is per thread: a global rebound, deleted or added by
# one thread, and a builtin replaced, are seen at once by the others.
import _thread
import builtins
from mod_join import spawn, join_all

level = 0
step_lock = _thread.allocate_lock()
back_lock = _thread.allocate_lock()
step_lock.acquire()
back_lock.acquire()
seen = []


def read():
    try:
        return (level, len("ab"))
    except NameError as e:
        return str(e)


def worker():
    for _ in range(4):
        seen.append(read())
        back_lock.release()
        step_lock.acquire()


real_len = builtins.len
done = spawn(worker)
back_lock.acquire()
level = 5
step_lock.release()
back_lock.acquire()
builtins.len = lambda s: -1
step_lock.release()
back_lock.acquire()
builtins.len = real_len
del level
step_lock.release()
back_lock.acquire()
globals()["level"] = "again"
step_lock.release()
join_all([done])
print(seen)
print(read())


def counter(results, n):
    total = 0
    for _ in range(n):
        total += unit
    results.append(total)


unit = 2
results = []
join_all([spawn(counter, results, 1000) for _ in range(4)])
print(sorted(results))
