(y := f(x) for x in z)
