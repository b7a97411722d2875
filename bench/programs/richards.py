"""Richards: Martin Richards' operating-system simulation. A scheduler runs
an idle task, a worker, two handlers and two devices that pass packets to one
another; tasks block, wait and get released. Objects, attributes, method
dispatch through subclasses, linked lists.

    richards.py [ITERATIONS]
"""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = range(2)
BUFFER_SIZE = 4


class Packet:
    """A message queued on a task: a kind, a datum and a small buffer."""

    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet last on `queue` (a packet or None); returns the head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task: a priority, a packet queue, and three state flags. Subclasses
    define `step(packet)`, which returns the task to run next."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.holding = False
        self.waiting = True
        self.packet_pending = queue is not None
        scheduler.add(self)

    def blocked(self):
        return self.holding or (self.waiting and not self.packet_pending)

    def take_packet(self):
        """Dequeues the first packet if the task waits for one, else None."""
        if not (self.waiting and self.packet_pending):
            return None
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """Queues `packet`; returns the task the scheduler should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.scheduler.next_after(self)

    def release(self, ident):
        task = self.scheduler.tasks[ident]
        task.holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        self.scheduler.queue_count += 1
        target = self.scheduler.tasks[packet.destination]
        packet.link = None
        packet.destination = self.ident
        return target.receive(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.release(DEVICE_B)
        self.seed >>= 1
        return self.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            if work.datum < BUFFER_SIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[work.datum]
                    work.datum += 1
                    return self.send(device)
            else:
                self.work_in = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 4000 + ident, None)
        self.pending = None

    def step(self, packet):
        if packet is not None:
            self.pending = packet
            return self.hold()
        if self.pending is None:
            return self.wait()
        packet, self.pending = self.pending, None
        return self.send(packet)


class Scheduler:
    """Runs the highest-priority runnable task until every task is blocked."""

    def __init__(self):
        self.tasks = {}
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def next_after(self, task):
        """The highest-priority task below `task`'s priority, or None."""
        lower = [t for t in self.tasks.values() if t.priority < task.priority]
        return max(lower, key=lambda t: t.priority, default=None)

    def run(self):
        task = max(self.tasks.values(), key=lambda t: t.priority)
        while task is not None:
            if task.blocked():
                task = self.next_after(task)
            else:
                task = task.step(task.take_packet())


def simulate(count):
    """One run of the simulation; returns (packets queued, holds)."""
    scheduler = Scheduler()
    IdleTask(scheduler, count)
    work = None
    for _ in range(2):
        work = Packet(work, WORKER, WORK_PACKET)
    WorkerTask(scheduler, work)
    for handler, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        packets = None
        for _ in range(3):
            packets = Packet(packets, device, DEVICE_PACKET)
        HandlerTask(scheduler, handler, priority, packets)
    DeviceTask(scheduler, DEVICE_A)
    DeviceTask(scheduler, DEVICE_B)
    scheduler.run()
    return scheduler.queue_count, scheduler.hold_count


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    results = {simulate(10_000) for _ in range(iterations)}
    print(f"{iterations} runs: (queued, holds) {sorted(results)}")


main()
