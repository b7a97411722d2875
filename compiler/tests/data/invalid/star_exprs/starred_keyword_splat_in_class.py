class A(**a, *b): pass
