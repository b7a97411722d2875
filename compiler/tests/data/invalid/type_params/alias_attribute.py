type a.b = int
