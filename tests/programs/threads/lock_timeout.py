import _thread
import time
lock = _thread.allocate_lock()
lock.acquire()
t0 = time.monotonic()
got = lock.acquire(timeout=0.1)
elapsed = time.monotonic() - t0
print(got, elapsed >= 0.05)
released_by_other = _thread.allocate_lock()
released_by_other.acquire()
def release_later():
    time.sleep(0.05)
    released_by_other.release()
_thread.start_new_thread(release_later, ())
print(released_by_other.acquire(timeout=10))
released_by_other.release()
lock.release()
print(lock.acquire(timeout=0), lock.acquire(timeout=0))
lock.release()
print(_thread.TIMEOUT_MAX > 1000)
try:
    lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)
