("a" "b").upper()
