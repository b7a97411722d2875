print "a %s" % b
