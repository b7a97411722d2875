x = """a
b""" c
