[a b c d]
