x = (a b
