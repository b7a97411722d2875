x = fb"a"
