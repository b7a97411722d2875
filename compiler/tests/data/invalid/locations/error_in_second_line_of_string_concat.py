x = ("a"
     "b" c)
