if a:
# comment at column 0
    pass
