a.b c.d
