class A(if): pass
