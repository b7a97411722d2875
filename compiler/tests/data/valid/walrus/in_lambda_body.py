lambda: (x := 1)
