f{a + b}
