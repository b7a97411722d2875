del (a, [b, "c"])
