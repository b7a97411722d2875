def rle_decoder():
    out = []
    while True:
        pair = yield "".join(out)
        if pair is None:
            return "".join(out)
        n, ch = pair
        out.append(ch * n)
d = rle_decoder()
next(d)
for p in [(3, "a"), (1, "b"), (2, "c")]:
    print(d.send(p))
try:
    d.send(None)
except StopIteration as e:
    print("final", e.value)
def state_machine():
    state = "idle"
    while True:
        event = yield state
        transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                       ("paused", "start"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
        state = transitions.get((state, event), state)
sm = state_machine()
print(next(sm))
for ev in ["start", "pause", "bogus", "start", "stop", "stop"]:
    print(ev, "->", sm.send(ev))
