@@d
def f(): pass
