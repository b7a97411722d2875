# coding: latin-1
# coding: klingon
x = 1
