t"{x;y}"
