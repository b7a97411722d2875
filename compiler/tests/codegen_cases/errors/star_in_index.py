a[*b] = c
