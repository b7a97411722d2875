[x for x in y if (z := x) if z]
