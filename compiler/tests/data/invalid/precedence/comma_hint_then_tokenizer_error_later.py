[a b]
x = 0o9
