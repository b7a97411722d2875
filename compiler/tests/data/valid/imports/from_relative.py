from . import a
from .. import b
from .c import d
from ...e.f import g
