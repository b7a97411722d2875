x = pass if y else 1
