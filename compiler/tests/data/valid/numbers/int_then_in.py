x = 1in y
