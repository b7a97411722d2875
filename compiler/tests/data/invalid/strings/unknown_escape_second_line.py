x = 1
y = "ok" "\N{BOGUS NAME}"
