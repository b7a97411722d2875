lambda: (y := 1)
