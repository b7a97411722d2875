f"hello {name}"
