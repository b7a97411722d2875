x = f(1
y = 2
