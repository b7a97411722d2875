t"a{b}" t"c"
