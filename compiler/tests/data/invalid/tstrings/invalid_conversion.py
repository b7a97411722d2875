t"{x!z}"
