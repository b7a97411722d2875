del (a, [b, (c.d, e[0])])
