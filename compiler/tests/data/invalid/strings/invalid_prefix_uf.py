x = uf"a"
