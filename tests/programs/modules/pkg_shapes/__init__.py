"""A package for the modules/ programs."""
print("pkg_shapes/__init__ running")
from .circle import Circle
from . import square
VERSION = (1, 0)
