def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations("abcd", 2)))
print(list(product("ab", [0, 1])))
print(len(list(product(range(3), range(3), range(3)))))
