f(yield, 1)
