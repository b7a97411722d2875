if a:
    x
 y
