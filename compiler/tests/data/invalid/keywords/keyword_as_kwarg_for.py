f(for=1)
