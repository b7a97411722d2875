a not not in b
