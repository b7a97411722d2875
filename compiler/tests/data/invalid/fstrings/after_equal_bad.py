f"{x= y}"
