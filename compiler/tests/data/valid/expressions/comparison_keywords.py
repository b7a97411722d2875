a in b; a not in b; a is b; a is not b
