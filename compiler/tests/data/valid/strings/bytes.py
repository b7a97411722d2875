b"abc\x00\xff"; B'\n'
