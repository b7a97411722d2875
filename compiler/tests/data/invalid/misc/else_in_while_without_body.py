while x:
    pass
else: 
