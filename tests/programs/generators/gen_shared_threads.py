"""A generator shared by threads: each value is taken exactly once, a thread
that finds it running gets "generator already executing", and the
generator is never corrupted (also through yield from and send)."""
import _thread


def spawn(fn, *args):
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


def numbers(n):
    for i in range(n):
        yield i
    return "numbers done"


def delegating(n):
    result = yield from numbers(n)
    yield result


lock = _thread.allocate_lock()


def drain(g, taken, messages):
    mine = []
    while True:
        try:
            v = next(g)
        except StopIteration:
            break
        except ValueError as e:
            with lock:
                messages.add(str(e))
            continue
        mine.append(v)
    with lock:
        taken.extend(mine)


for make, n in ((numbers, 20000), (delegating, 10000)):
    g = make(n)
    taken, messages = [], set()
    join_all([spawn(drain, g, taken, messages) for _ in range(4)])
    expected = list(range(n)) + (["numbers done"] if make is delegating else [])
    print(make.__name__, len(taken), sorted(taken, key=str) == sorted(expected, key=str))
    print(messages <= {"generator already executing"}, g.gi_running, g.gi_frame, next(g, "end"))


# send() from several threads: every sent value is seen once.
def accumulator():
    seen = []
    while True:
        v = yield len(seen)
        if v is None:
            return seen
        seen.append(v)


acc = accumulator()
next(acc)


def sender(base):
    for i in range(500):
        while True:
            try:
                acc.send(base + i)
                break
            except ValueError:
                pass


join_all([spawn(sender, k * 1000) for k in range(4)])
try:
    acc.send(None)
except StopIteration as e:
    got = e.value
print(len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(500)))

# A generator blocked inside, running on one thread, seen from another.
entered = _thread.allocate_lock()
entered.acquire()
gate = _thread.allocate_lock()
gate.acquire()


def blocking():
    entered.release()
    gate.acquire()
    yield "past the gate"


b = blocking()
result = []
worker = spawn(lambda: result.append(next(b)))
entered.acquire()
print("running elsewhere:", b.gi_running, b.gi_suspended)
for attempt in (lambda: next(b), lambda: b.send(None), lambda: b.throw(KeyError), b.close):
    try:
        attempt()
    except ValueError as e:
        print(e)
gate.release()
join_all([worker])
print(result, b.gi_running, b.gi_suspended, next(b, "finished"))
