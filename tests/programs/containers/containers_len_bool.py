for c in [[], [0], (), (None,), {}, {"": ""}, set(), {0}, "", " ", range(0), range(2), b"", bytearray(1), frozenset()]:
    print(repr(c), len(c), bool(c))
