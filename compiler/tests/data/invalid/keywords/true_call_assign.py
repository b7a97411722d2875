True() = 1
