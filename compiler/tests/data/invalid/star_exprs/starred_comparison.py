x = a < *b
