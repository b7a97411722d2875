"""Thread helpers on _thread alone: run a function in N threads and wait.

A worker's uncaught exception is recorded and re-raised by run(), so a
program fails (non-zero exit) when any thread fails.
"""
import _thread


def run(n, fn, *args):
    """Runs fn(i, *args) for i in range(n), each in its own thread; waits."""
    failures = []
    dones = []
    for i in range(n):
        done = _thread.allocate_lock()
        done.acquire()
        dones.append(done)

        def body(i=i, done=done):
            try:
                fn(i, *args)
            except BaseException as e:
                failures.append(e)
            finally:
                done.release()

        _thread.start_new_thread(body, ())
    for done in dones:
        done.acquire()
    if failures:
        raise failures[0]
