a ! = b
