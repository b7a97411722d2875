"\n\t\\\'\"\a\b\f\v\r\0\x41\101\u00e9\U0001F600\N{EM DASH}"
