def f() -> *a: pass
