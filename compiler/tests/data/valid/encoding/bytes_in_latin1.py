# coding: latin-1
x = "ÿ"; y = b"\xff"
