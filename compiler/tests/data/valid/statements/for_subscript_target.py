for a[0] in b:
    pass
