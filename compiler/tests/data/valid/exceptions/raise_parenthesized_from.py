raise (E) from (C)
