class C:
    [(j := 0) for i in range(3)]
