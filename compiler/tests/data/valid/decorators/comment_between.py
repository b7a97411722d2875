@a
# comment
@b

def f():
    pass
