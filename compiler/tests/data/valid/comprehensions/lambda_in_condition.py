[x for x in y if (lambda: x)()]
