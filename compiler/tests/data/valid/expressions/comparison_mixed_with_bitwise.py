a | b < c & d
