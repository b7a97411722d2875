import _thread
import time
from mod_join import spawn, join_all
buf = []
lock = _thread.allocate_lock()
items_ready = _thread.allocate_lock()
items_ready.acquire()
N = 2000
consumed = []
def producer(start):
    for i in range(start, start + N):
        with lock:
            buf.append(i)
def consumer():
    got = 0
    while got < 2 * N:
        with lock:
            if buf:
                consumed.append(buf.pop(0))
                got += 1
                continue
        time.sleep(0)
join_all([spawn(producer, 0), spawn(producer, 100000), spawn(consumer)])
print(len(consumed), len(buf))
print(sum(consumed) == sum(range(N)) + sum(range(100000, 100000 + N)))
a = [x for x in consumed if x < 100000]
b = [x for x in consumed if x >= 100000]
print(a == sorted(a), b == sorted(b), a[:3], b[-3:])
