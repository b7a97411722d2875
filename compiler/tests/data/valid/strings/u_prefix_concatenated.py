u"a" "b"
