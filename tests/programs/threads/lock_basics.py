import _thread
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.01), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside with", lock.locked())
print("after with", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
print(lock.acquire(timeout=-1))
lock.release()
lock2 = _thread.LockType() if hasattr(_thread, "LockType") and False else _thread.allocate_lock()
print(lock2.acquire_lock() if hasattr(lock2, "acquire_lock") else True, lock2.locked())
lock2.release()
