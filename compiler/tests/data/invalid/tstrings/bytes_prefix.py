bt"a"
