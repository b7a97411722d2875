if x:
    y = 1
    # trailing comment in block
# column 0 comment
z = 2
