x = "a\
b"
