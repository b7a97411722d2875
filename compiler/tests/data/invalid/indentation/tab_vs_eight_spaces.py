if a:
        x = 1
	if b:
		pass
