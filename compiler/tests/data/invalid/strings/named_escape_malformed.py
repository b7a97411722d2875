x = "\N{DASH"
