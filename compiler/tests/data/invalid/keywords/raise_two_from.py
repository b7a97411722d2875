raise A from B from C
