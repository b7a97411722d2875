type = 1
type.x = 2
print(type)
