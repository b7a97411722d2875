t"{x=y}"
