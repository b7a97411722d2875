class A(*bases):
    pass
