[a, *b] = c
