from . . a import b
