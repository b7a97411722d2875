t"a } b"
