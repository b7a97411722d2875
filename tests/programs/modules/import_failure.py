import sys
try:
    import mod_raises
except ValueError as e:
    print("ValueError", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("second attempt runs the module again:", e)
try:
    from mod_util import not_there
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], e.name)
try:
    import pkg_shapes.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
