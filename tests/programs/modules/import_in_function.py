def lazy():
    import mod_state
    from math import sqrt as root
    return mod_state.add("from function"), root(81)
print(lazy())
print(lazy())
try:
    mod_state
except NameError as e:
    print("NameError", e)
import sys
print(sys.modules["mod_state"].items)
def conditional(flag):
    if flag:
        import math
        return math.floor(2.5)
    return "skipped"
print(conditional(False), conditional(True))
