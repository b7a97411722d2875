x = (t"a"
     t"{b}")
