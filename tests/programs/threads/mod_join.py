"""Thread helpers on _thread alone: start threads and wait for all of them."""
import _thread


def spawn(fn, *args):
    """Starts fn(*args) in a new thread; returns a lock released when it finishes."""
    done = _thread.allocate_lock()
    done.acquire()

    def body():
        try:
            fn(*args)
        finally:
            done.release()

    _thread.start_new_thread(body, ())
    return done


def join_all(locks):
    for lock in locks:
        lock.acquire()
        lock.release()
