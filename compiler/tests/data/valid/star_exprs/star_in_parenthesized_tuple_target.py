(a, *b), c = d
