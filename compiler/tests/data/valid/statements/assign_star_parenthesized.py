(*a, b) = c
