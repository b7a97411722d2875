a, *(b, c) = d
