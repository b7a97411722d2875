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
