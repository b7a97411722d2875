"abc\
def"
