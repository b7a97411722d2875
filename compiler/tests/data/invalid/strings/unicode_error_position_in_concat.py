x = ("abc"
     "\x")
