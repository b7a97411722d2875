if a:
    pass