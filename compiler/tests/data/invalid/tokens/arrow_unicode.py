def f() → int: pass
