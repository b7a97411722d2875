lambda a=x:=1: a
