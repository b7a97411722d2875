m @ n @ o
