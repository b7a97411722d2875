# Threads reading objects the main thread made: globals, list and tuple
# items, dict values, instance attributes and methods. Each thread's stack
# references to them are counted in its reference cache; generators made on
# one thread resume on others, and the objects die when the last owner
# lets go.
import _thread
from mod_join import spawn, join_all


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


POINTS = [Point(i, -2 * i) for i in range(3000)]
TABLE = {f"k{i}": Point(i, i) for i in range(500)}
PAIRS = tuple((i, str(i)) for i in range(400))
WORDS = " ".join(f"w{i % 37}" for i in range(2000))
results = {}
lock = _thread.allocate_lock()


def numbers(points):
    for p in points:
        yield p.x


shared_gen = numbers(POINTS)


def work(k):
    total = 0
    for rounds in range(3):
        for p in POINTS:
            q = p
            total += q.norm1() + p.x
        for i in range(0, len(POINTS), 7):
            total -= POINTS[i].y
        for key in TABLE:
            total += TABLE[key].x
        for n, s in PAIRS:
            total += n + len(s)
        total += WORDS.count("w3") + WORDS.find("w36", k)
    with lock:
        # The generator was made by the main thread; each worker resumes it.
        taken = [next(shared_gen) for _ in range(5)]
        results[k] = (total, len(taken))


join_all([spawn(work, k) for k in range(4)])
print(sorted(results.items()))
rest = list(shared_gen)
print(len(rest), rest[:3], rest[-1])
del POINTS, TABLE, PAIRS
print(sum(p for p in rest) % 1000)
