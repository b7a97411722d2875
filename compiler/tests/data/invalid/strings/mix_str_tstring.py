x = "a" t"{b}"
