for seq in [[3, 1, 2], (3, 1, 2), "312", range(3, 0, -1), b"312"]:
    print(type(seq).__name__, len(seq), seq[0], seq[-1], seq[1:], list(reversed(seq)), sorted(seq), seq.index(seq[1]), seq.count(seq[0]))
print(list(map(len, ["a", [1, 2], (), "xyz"])))
print([x for x in (1, 2, 3)][::-1])
print(any(isinstance(x, str) for x in [1, "a"]), all([1, [0], "0"]))
