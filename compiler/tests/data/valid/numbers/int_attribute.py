1 .real
1.0.real
0x1.bit_length
