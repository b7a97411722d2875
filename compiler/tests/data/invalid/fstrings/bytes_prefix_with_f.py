bf"a"
