import mod_util
print(mod_util.double(1))
print(mod_util.triple(1))
