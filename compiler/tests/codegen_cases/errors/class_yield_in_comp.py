class C:
    [(yield) for x in y]
