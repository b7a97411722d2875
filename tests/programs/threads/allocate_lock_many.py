import _thread
locks = [_thread.allocate_lock() for _ in range(100)]
for i, l in enumerate(locks):
    if i % 3 == 0:
        l.acquire()
print(sum(l.locked() for l in locks))
for l in locks:
    if l.locked():
        l.release()
print(sum(l.locked() for l in locks))
print(all(l.acquire(False) for l in locks), all(not l.acquire(False) for l in locks))
for l in locks:
    l.release()
print(repr(locks[0]).startswith("<unlocked _thread.lock object"), repr(_thread.allocate_lock()).split(" at ")[0])
