b"a" b'b' rb"c"
