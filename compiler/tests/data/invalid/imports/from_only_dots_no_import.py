from . a
