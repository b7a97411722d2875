import a.b.c.d.e
