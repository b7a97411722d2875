[thing
foo()
