# expect: ok 64 0
# Threads take floats out of a shared list and compute with them while
# others read the same list: a float result may reuse a dying operand's
# object (the eval stack held its only reference), so an object that other
# threads can still see must never be reused. Stored values are 1 mod 4,
# computed ones 3 mod 4: a reader must never find one of the latter.
from mod_spawn import run

SIZE = 64
shared = [float(4 * k + 1) for k in range(SIZE)]
bad = []


def worker(i):
    for n in range(50000):
        if i % 2 == 0:
            # Popped onto the stack alone, then reused for the sum.
            try:
                w = shared.pop() + 2.0
            except IndexError:
                continue
            if w % 4.0 != 3.0:
                bad.append(("popped", w))
            shared.append(float(4 * n + 1) * 1.0)
        else:
            try:
                x = shared[n % SIZE]
            except IndexError:
                continue
            y = (x + 2.0) * 1.0
            if x % 4.0 != 1.0 or y % 4.0 != 3.0:
                bad.append(("read", x, y))


run(8, worker)
print("ok", len(shared), len(bad))
