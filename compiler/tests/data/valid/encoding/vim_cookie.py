# vim: set fileencoding=utf-8 :
x = "ü"
