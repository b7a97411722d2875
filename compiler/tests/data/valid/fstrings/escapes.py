f"\n{x}\t\N{BULLET}"
