"""Thread-scaling driver shared by the programs in this directory, on
`_thread` alone: runs the same work on each of N threads at once and prints
one line that depends only on N and the work's result.

    PROGRAM.py [THREADS [SIZE]]     # default: 1 thread, the program's size
"""

import _thread
import sys


def main(work, default_size):
    """Calls work(size) on each of THREADS threads, waits for all of them and
    prints THREADS with their common (hashable) result, or every result if they differ
    (or a thread died: its result is None), exiting 1."""
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else default_size
    results = [None] * threads
    done = [_thread.allocate_lock() for _ in range(threads)]

    def worker(index):
        try:
            results[index] = work(size)
        finally:
            done[index].release()

    for index, lock in enumerate(done):
        lock.acquire()
        _thread.start_new_thread(worker, (index,))
    for lock in done:
        lock.acquire()
    if len(set(results)) != 1 or results[0] is None:
        print(f"threads {threads}: unequal or missing results: {results}")
        sys.exit(1)
    print(f"threads {threads}: size {size}, result {results[0]}")
