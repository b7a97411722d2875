x = lambda: a if b else lambda: c
