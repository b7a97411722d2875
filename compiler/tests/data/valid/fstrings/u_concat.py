u"a" f"{b}"
