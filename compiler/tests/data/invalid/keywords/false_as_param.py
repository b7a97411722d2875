def f(False): pass
