x = 1
y = 2

if a:
    pass
