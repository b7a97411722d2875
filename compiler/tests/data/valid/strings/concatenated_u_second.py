"a" u"b"
