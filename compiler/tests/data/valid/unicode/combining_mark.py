é = 1
print(é)
