t"{(lambda: 1)}"
