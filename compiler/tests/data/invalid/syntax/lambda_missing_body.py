f(lambda:)
