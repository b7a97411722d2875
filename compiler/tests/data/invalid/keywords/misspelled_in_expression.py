for x inn y:
    pass
