with a as if:
    pass
