for i, j in pairs:
    pass
else:
    pass
