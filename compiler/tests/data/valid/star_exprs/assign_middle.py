a, *b, c = d
