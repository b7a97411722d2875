x = ut"a"
