"""ferropy's parallel demo: the same CPU-bound work (counting primes by
trial division) on 1 thread and on each of N threads at once. Prints the time of each run and the throughput speedup; run it under
`ferropy` (free-threaded) and `ferropy -X gil=1` to compare."""

import _thread
import sys
import time


def count_primes(lo, hi):
    count = 0
    for n in range(lo, hi):
        if n < 2:
            continue
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


def run(threads, per_thread):
    """Each thread counts the primes below `per_thread`; returns (total, seconds)."""
    results = []
    done = _thread.allocate_lock()
    lock = _thread.allocate_lock()
    remaining = [threads]
    done.acquire()

    def worker(i):
        r = count_primes(0, per_thread)
        with lock:
            results.append(r)
            remaining[0] -= 1
            if remaining[0] == 0:
                done.release()

    start = time.perf_counter()
    for i in range(threads):
        _thread.start_new_thread(worker, (i,))
    done.acquire()
    return sum(results), time.perf_counter() - start


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    per_thread = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    mode = "GIL" if sys._is_gil_enabled() else "free-threaded"
    print(f"{sys.implementation.name} ({mode}): primes below {per_thread} on 1 and on {threads} threads")
    one_total, one_time = run(1, per_thread)
    total, many_time = run(threads, per_thread)
    print(f"  1 thread : {one_total} primes in {one_time:.2f} s")
    print(f"  {threads} threads: {total} primes in {many_time:.2f} s")
    speedup = threads * one_time / many_time
    print(f"  throughput scaling: {speedup:.2f}x (ideal {threads}.00x)")


main()
