"""Thread scaling, thread-local: an int and float arithmetic loop in one
function, on locals only.

    local_arith.py [THREADS [ITERATIONS]]
"""

import spawn


def work(iterations):
    total, x = 0, 0.0
    for i in range(iterations):
        total += (i * i + 3 * i) % 1_000
        x = x * 0.999 + (i & 15) / 16
    return total, f"{x:.6f}"


spawn.main(work, 5_000_000)
