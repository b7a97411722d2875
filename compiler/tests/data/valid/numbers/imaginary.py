1j
1.5J
1e3j
0j
.5j
1_0j
