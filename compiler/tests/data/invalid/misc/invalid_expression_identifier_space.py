my var = 1
