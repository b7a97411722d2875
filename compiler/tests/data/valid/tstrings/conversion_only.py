t"{x!a}"
