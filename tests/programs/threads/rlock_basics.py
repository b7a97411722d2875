import _thread
r = _thread.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(r._is_owned())
r.release(); r.release(); r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested with on RLock")
def recursive(n):
    with r:
        return 0 if n == 0 else n + recursive(n - 1)
print(recursive(50))
other_result = []
done = _thread.allocate_lock()
done.acquire()
r.acquire()
def try_from_other():
    other_result.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        other_result.append(type(e).__name__)
    done.release()
_thread.start_new_thread(try_from_other, ())
done.acquire()
r.release()
print(other_result)
