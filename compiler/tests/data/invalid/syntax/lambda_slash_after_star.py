lambda *a, /: 0
