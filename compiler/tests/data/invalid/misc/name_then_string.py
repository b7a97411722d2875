x = a "b"
