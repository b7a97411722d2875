x = *a + b
