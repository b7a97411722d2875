# expect: ok True
# A thread spinning in pure Python must not starve the others: the main
# thread sleeps, wakes and stops it (GIL mode hands the GIL over at the
# spinner's eval-breaker polls).
import _thread
import time

flag = [False]
spins = [0]
done = _thread.allocate_lock()
done.acquire()


def spin():
    n = 0
    while not flag[0]:
        n += 1
    spins[0] = n
    done.release()


_thread.start_new_thread(spin, ())
time.sleep(0.05)
t0 = time.monotonic()
for _ in range(5):
    time.sleep(0.01)
flag[0] = True
done.acquire()
print("ok", time.monotonic() - t0 < 5.0)
