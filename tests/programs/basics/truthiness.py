values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, 0j, 1j, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v))
print(not 0, not 1)
print(0 or "default", 5 or "default")
print(0 and "x", 5 and "x")
print(None or [] or 0)
print(1 and 2 and 3)
