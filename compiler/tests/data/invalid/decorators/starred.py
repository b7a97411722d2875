@*d
def f(): pass
