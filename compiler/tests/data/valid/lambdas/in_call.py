sorted(xs, key=lambda x: -x)
