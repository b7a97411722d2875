"""Module-level state shared between importers."""
items = []
loaded_times = 0
loaded_times += 1


def add(x):
    items.append(x)
    return len(items)
