@decorator(
    arg,
)
def f():
    pass
