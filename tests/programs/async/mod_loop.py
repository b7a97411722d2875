"""A tiny event-loop-less driver for coroutines, shared by the async programs."""


class Sleep:
    """An awaitable that yields one scheduling point per tick."""

    def __init__(self, ticks=1):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


def run(coro):
    """Drives one coroutine to completion with send(None); returns its result."""
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as stop:
            return stop.value, steps


def run_all(coros):
    """Round-robin over several coroutines; returns their results in order of completion."""
    ready = list(enumerate(coros))
    done = []
    while ready:
        i, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((i, c))
        except StopIteration as stop:
            done.append((i, stop.value))
    return done
