try:
    a()
except A:
    b()
else:
    c()
finally:
    d()
