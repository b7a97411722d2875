match(x)
match[x]
