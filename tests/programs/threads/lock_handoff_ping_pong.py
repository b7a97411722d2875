import _thread
ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
done = _thread.allocate_lock()
ping.acquire()
pong.acquire()
done.acquire()
log = []
def player_b():
    for i in range(5):
        ping.acquire()
        log.append(f"pong {i}")
        pong.release()
    done.release()
_thread.start_new_thread(player_b, ())
for i in range(5):
    log.append(f"ping {i}")
    ping.release()
    pong.acquire()
done.acquire()
print("\n".join(log))
print(len(log))
