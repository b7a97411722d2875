t"hello {name}"
