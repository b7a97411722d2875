u"abc"
