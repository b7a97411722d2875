class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    index = {n: i for i, n in enumerate(names)}
    total = sum(len(n) for n in names)
print(Config.upper, Config.index, Config.total)
class Grid:
    size = 3
    try:
        cells = [[0] * size for _ in range(size)]
    except NameError as e:
        cells = str(e)
print(Grid.cells)
class Ok:
    size = 3
    cells = [[0] * 3 for _ in range(size)]
print(Ok.cells)
class Table:
    rows = [(1, "a"), (2, "b"), (3, "c")]
    ids = [r[0] for r in rows]
    by_id = {i: n for i, n in rows}
    names = "".join(n for _, n in rows)
    squares = {i * i for i in ids} == {1, 4, 9}
print(Table.ids, Table.by_id, Table.names, Table.squares)
class Nested:
    data = [[1, 2], [3, 4]]
    flat = [x for row in data for x in row]
    sums = [sum(row) for row in data]
print(Nested.flat, Nested.sums)
