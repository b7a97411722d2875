x = ("first "
     "second "
     "third")
