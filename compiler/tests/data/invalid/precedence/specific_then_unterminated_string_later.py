f() = 1
z = "abc
