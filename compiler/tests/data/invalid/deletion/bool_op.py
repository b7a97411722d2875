del a and b
