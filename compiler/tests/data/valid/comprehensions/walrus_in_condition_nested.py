[[y := f(x), x / y] for x in data]
