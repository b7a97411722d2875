[x + y for x in a if x for y in b if y if x != y]
