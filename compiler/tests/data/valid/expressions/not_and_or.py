not a and b or not c
